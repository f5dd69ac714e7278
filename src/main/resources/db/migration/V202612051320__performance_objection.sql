-- Issue 12 item 5: the employee's SKP, objections (keberatan, PP 30/2019 Ps 59) and the Ps 56-58 follow-up.

-- Who saved the ratings last (username; NIP when the account is bound to one) and, when recorded, the day the employee
-- received the rating. Without a recorded receipt the objection deadline counts from the day of the last save.
ALTER TABLE performance.evaluation
    ADD COLUMN rated_by    VARCHAR(64),
    ADD COLUMN rater_nip   VARCHAR(32),
    ADD COLUMN received_on DATE;

-- One objection per evaluation may be open at a time; the superior's decision is final. The original ratings are kept
-- here (and in the audit trail) when a granted objection sets new ones on the evaluation.
CREATE TABLE performance.objection (
    id                  BIGSERIAL PRIMARY KEY,
    evaluation_id       BIGINT        NOT NULL REFERENCES performance.evaluation (id),
    receipt_date        DATE          NOT NULL,
    deadline            DATE          NOT NULL,
    filed_on            DATE          NOT NULL,
    filed_at            TIMESTAMPTZ   NOT NULL,
    filed_by            VARCHAR(64)   NOT NULL,
    reasons             VARCHAR(2000) NOT NULL CHECK (length(btrim(reasons)) > 0),
    rater_nip           VARCHAR(32),
    routed_to           VARCHAR(8)    NOT NULL CHECK (routed_to IN ('SUPERIOR','BKPSDM')),
    routing_reason      VARCHAR(16),
    decider_nip         VARCHAR(32),
    decider_name        VARCHAR(200),
    decider_post        VARCHAR(300),
    original_results    VARCHAR(5)    NOT NULL CHECK (original_results IN ('ABOVE','MEETS','BELOW')),
    original_behaviour  VARCHAR(5)    NOT NULL CHECK (original_behaviour IN ('ABOVE','MEETS','BELOW')),
    original_predicate  VARCHAR(16)   NOT NULL,
    status              VARCHAR(8)    NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','GRANTED','REJECTED')),
    decision_reasons    VARCHAR(2000),
    new_results         VARCHAR(5)    CHECK (new_results IN ('ABOVE','MEETS','BELOW')),
    new_behaviour       VARCHAR(5)    CHECK (new_behaviour IN ('ABOVE','MEETS','BELOW')),
    new_predicate       VARCHAR(16),
    decided_at          TIMESTAMPTZ,
    decided_by          VARCHAR(64),
    version             INT           NOT NULL DEFAULT 0,
    CONSTRAINT objection_decided CHECK ((status = 'OPEN') = (decided_at IS NULL)),
    CONSTRAINT objection_granted_ratings CHECK ((status = 'GRANTED') = (new_predicate IS NOT NULL))
);
CREATE UNIQUE INDEX objection_one_open ON performance.objection (evaluation_id) WHERE status = 'OPEN';
CREATE INDEX objection_decider ON performance.objection (decider_nip, status);

-- PP 30/2019 Ps 56-58: a Kurang or Sangat Kurang ANNUAL predicate starts six months to improve, then a competency
-- test. One row per evaluation; CANCELLED when the predicate changes to a better one (re-rating, granted objection).
CREATE TABLE performance.follow_up (
    id               BIGSERIAL PRIMARY KEY,
    evaluation_id    BIGINT        NOT NULL UNIQUE REFERENCES performance.evaluation (id),
    predicate        VARCHAR(16)   NOT NULL CHECK (predicate IN ('KURANG','SANGAT_KURANG')),
    predicate_date   DATE          NOT NULL,
    improvement_due  DATE          NOT NULL,
    status           VARCHAR(9)    NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN','TESTED','CANCELLED')),
    test_date        DATE,
    test_result      VARCHAR(1000),
    updated_at       TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_by       VARCHAR(64)   NOT NULL
);
CREATE INDEX follow_up_open_due ON performance.follow_up (improvement_due) WHERE status = 'OPEN';
