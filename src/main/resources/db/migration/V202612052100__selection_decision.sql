-- The shortlist, the regent's decision, cancelling and repeating a round (issue 14 item 4; regulations.md §6.3 row 6:
-- the panel proposes the three best per vacancy, the PPK chooses one). Rules in selection/rules/DecisionPolicy.
ALTER TABLE selection.round DROP CONSTRAINT round_state_check;
ALTER TABLE selection.round ADD CONSTRAINT round_state_check
    CHECK (state IN ('DRAFT','RECOMMENDED','ANNOUNCED','CLOSED','SHORTLISTED','DECIDED','CANCELLED'));
ALTER TABLE selection.round
    ADD COLUMN cancelled_at     TIMESTAMPTZ,
    ADD COLUMN cancelled_by     VARCHAR(100),
    ADD COLUMN cancel_reason    VARCHAR(2000),
    ADD COLUMN repeats_round_id BIGINT REFERENCES selection.round (id),
    ADD COLUMN repeat_reason    VARCHAR(2000);
ALTER TABLE selection.round ADD CONSTRAINT round_cancel_reason
    CHECK (state <> 'CANCELLED' OR (cancel_reason IS NOT NULL AND cancelled_at IS NOT NULL));
ALTER TABLE selection.round ADD CONSTRAINT round_repeat_reason CHECK (repeats_round_id IS NULL OR repeat_reason IS NOT NULL);
-- a cancelled round is repeated once
CREATE UNIQUE INDEX round_repeats_once ON selection.round (repeats_round_id) WHERE repeats_round_id IS NOT NULL;

-- The shortlist forwarded to the regent: who forwarded it and when; its candidates with the rank and final score the
-- ranking gave them at that moment (the ranking is final then: every weighted stage is closed).
CREATE TABLE selection.shortlist (
    round_id        BIGINT       PRIMARY KEY REFERENCES selection.round (id),
    tie_at_boundary BOOLEAN      NOT NULL DEFAULT FALSE,
    forwarded_by    VARCHAR(100) NOT NULL,
    forwarded_at    TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE TABLE selection.shortlist_entry (
    round_id       BIGINT       NOT NULL REFERENCES selection.shortlist (round_id),
    position       INT          NOT NULL CHECK (position BETWEEN 1 AND 3),
    application_id BIGINT       NOT NULL REFERENCES selection.application (id),
    rank           INT          NOT NULL CHECK (rank >= 1),
    final_score    NUMERIC(5,2) NOT NULL,
    PRIMARY KEY (round_id, position),
    UNIQUE (round_id, application_id)
);

-- The regent's choice, once per round; another than the first-ranked only with a written rationale.
CREATE TABLE selection.decision (
    round_id       BIGINT        PRIMARY KEY REFERENCES selection.shortlist (round_id),
    application_id BIGINT        NOT NULL,
    rank           INT           NOT NULL,
    rationale      VARCHAR(4000),
    decided_by     VARCHAR(100)  NOT NULL,
    decided_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    FOREIGN KEY (round_id, application_id) REFERENCES selection.shortlist_entry (round_id, application_id),
    CONSTRAINT decision_rationale CHECK (rank = 1 OR rationale IS NOT NULL)
);
