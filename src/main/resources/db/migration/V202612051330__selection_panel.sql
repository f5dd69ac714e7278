-- The selection panel of a round and its blind scoring (issue 14 item 3; regulations.md §6.3-6.4, PP 11/2017 Ps 116-123).
-- Members: 5-9, odd (checked by PanelPolicy when the assessment opens); each logs in with an ASSESSOR account
-- (identity.app_user.username); internal = an ASN of the registry, external = name and institution.
CREATE TABLE selection.panel_member (
    id          BIGSERIAL PRIMARY KEY,
    round_id    BIGINT       NOT NULL REFERENCES selection.round (id),
    kind        VARCHAR(8)   NOT NULL CHECK (kind IN ('INTERNAL','EXTERNAL')),
    employee_id BIGINT       REFERENCES employee.employee (id),
    nip         VARCHAR(32),
    name        VARCHAR(200) NOT NULL,
    institution VARCHAR(200),
    username    VARCHAR(64)  NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT panel_member_internal CHECK (kind = 'EXTERNAL' OR (employee_id IS NOT NULL AND nip IS NOT NULL)),
    CONSTRAINT panel_member_external CHECK (kind = 'INTERNAL' OR (employee_id IS NULL AND institution IS NOT NULL))
);
CREATE UNIQUE INDEX panel_member_account_once ON selection.panel_member (round_id, lower(username));
CREATE UNIQUE INDEX panel_member_employee_once ON selection.panel_member (round_id, employee_id) WHERE employee_id IS NOT NULL;
CREATE INDEX panel_member_username_idx ON selection.panel_member (lower(username));

-- The round's assessment plan: tie-break order (stage names, comma-separated) and when the assessment opened; the
-- weights per stage are in selection.stage. Without a row the round uses the rule set's defaults (PanelParameters).
CREATE TABLE selection.assessment (
    round_id   BIGINT       PRIMARY KEY REFERENCES selection.round (id),
    tie_break  VARCHAR(100) NOT NULL,
    opened_at  TIMESTAMPTZ,
    opened_by  VARCHAR(100),
    version    INT          NOT NULL DEFAULT 0
);

-- One row per stage of a planned round: its weight (0 = not scored) and when it was closed (results announced).
CREATE TABLE selection.stage (
    round_id  BIGINT      NOT NULL REFERENCES selection.round (id),
    stage     VARCHAR(16) NOT NULL CHECK (stage IN ('ADMINISTRATION','COMPETENCY','TRACK_RECORD','PAPER','INTERVIEW','HEALTH')),
    weight    INT         NOT NULL CHECK (weight BETWEEN 0 AND 100),
    closed_at TIMESTAMPTZ,
    closed_by VARCHAR(100),
    PRIMARY KEY (round_id, stage)
);

-- A member's declared conflict of interest with a candidate (an application): the member may not score them.
CREATE TABLE selection.conflict (
    id             BIGSERIAL PRIMARY KEY,
    member_id      BIGINT        NOT NULL REFERENCES selection.panel_member (id),
    application_id BIGINT        NOT NULL REFERENCES selection.application (id),
    reason         VARCHAR(1000) NOT NULL,
    declared_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    UNIQUE (member_id, application_id)
);

-- A member's submitted score of a candidate at a stage, 0-100, once (blind: read only by a member who has submitted
-- theirs, by officials only after the stage is closed).
CREATE TABLE selection.score (
    id             BIGSERIAL PRIMARY KEY,
    member_id      BIGINT       NOT NULL REFERENCES selection.panel_member (id),
    application_id BIGINT       NOT NULL REFERENCES selection.application (id),
    stage          VARCHAR(16)  NOT NULL,
    score          NUMERIC(5,2) NOT NULL CHECK (score BETWEEN 0 AND 100),
    submitted_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    UNIQUE (member_id, application_id, stage)
);
CREATE INDEX score_application_idx ON selection.score (application_id, stage);
