-- SKP evaluation periods (issue 12 item 1): BKPSDM opens a year's evaluation, ANNUAL or a quarter, with a default
-- deadline; each OPD's deadline is the period's unless an officer extended it, with a required reason. Every
-- extension is a new row (the history is kept; the newest row per OPD is the OPD's deadline).
CREATE TABLE performance.period (
    id          BIGSERIAL PRIMARY KEY,
    year        INT          NOT NULL CHECK (year BETWEEN 1950 AND 2200),
    kind        VARCHAR(6)   NOT NULL CHECK (kind IN ('ANNUAL','Q1','Q2','Q3','Q4')),
    deadline    DATE         NOT NULL,
    opened_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    opened_by   VARCHAR(64)  NOT NULL,
    closed_at   TIMESTAMPTZ,
    closed_by   VARCHAR(64),
    CONSTRAINT period_key UNIQUE (year, kind)
);

CREATE TABLE performance.opd_deadline (
    id           BIGSERIAL PRIMARY KEY,
    period_id    BIGINT       NOT NULL REFERENCES performance.period (id),
    opd_id       BIGINT       NOT NULL,
    deadline     DATE         NOT NULL,
    reason       VARCHAR(500) NOT NULL CHECK (length(btrim(reason)) > 0),
    extended_by  VARCHAR(64)  NOT NULL,
    extended_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX opd_deadline_period_opd ON performance.opd_deadline (period_id, opd_id, id DESC);

-- When an evaluation was first recorded (rating or import): an ANNUAL evaluation recorded after its OPD's deadline
-- counts as late on the compliance page. Later corrections do not move it.
ALTER TABLE performance.evaluation ADD COLUMN rated_at TIMESTAMPTZ;
UPDATE performance.evaluation SET rated_at = created_at;
ALTER TABLE performance.evaluation ALTER COLUMN rated_at SET NOT NULL, ALTER COLUMN rated_at SET DEFAULT now();
CREATE INDEX evaluation_annual_employee ON performance.evaluation (year, employee_id) WHERE period = 'ANNUAL';
