-- The yearly evaluation of honorary (non-ASN: PHT, PHL) staff with a contract recommendation (issue 12 item 4, seed 000):
-- one form per employee and year, entered by the OPD head (ADMIN/OFFICER for all). Scores are 1-4 (Sangat kurang ..
-- Sangat baik); the attendance figures are a snapshot of attendance's yearly totals taken on attendance_taken_on; the
-- recommendation is one of the codes configured in merit.honorary.recommendations (labels are message keys), so the
-- column is not constrained to today's default list. version = optimistic locking of the form.
CREATE TABLE performance.honorary_evaluation (
    id                      BIGSERIAL PRIMARY KEY,
    employee_id             BIGINT        NOT NULL REFERENCES employee.employee (id),
    year                    INT           NOT NULL CHECK (year BETWEEN 2000 AND 2200),
    duties_score            SMALLINT      NOT NULL CHECK (duties_score BETWEEN 1 AND 4),
    duties_notes            VARCHAR(2000),
    conduct_score           SMALLINT      NOT NULL CHECK (conduct_score BETWEEN 1 AND 4),
    conduct_notes           VARCHAR(2000),
    competencies            VARCHAR(40)[] NOT NULL DEFAULT '{}',
    competency_notes        VARCHAR(1000),
    working_days            INT           NOT NULL,
    present_days            INT           NOT NULL,
    excused_days            INT           NOT NULL,
    unexcused_days          INT           NOT NULL,
    no_data_days            INT           NOT NULL,
    attendance_taken_on     DATE          NOT NULL,
    recommendation          VARCHAR(40)   NOT NULL,
    reasons                 VARCHAR(2000) NOT NULL CHECK (length(btrim(reasons)) > 0),
    in_bkn_database         BOOLEAN       NOT NULL DEFAULT FALSE,
    took_selection_2024     BOOLEAN       NOT NULL DEFAULT FALSE,
    evaluated_by            VARCHAR(100)  NOT NULL,
    created_at              TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at              TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version                 INT           NOT NULL DEFAULT 0,
    CONSTRAINT honorary_evaluation_key UNIQUE (employee_id, year)
);
CREATE INDEX honorary_evaluation_year ON performance.honorary_evaluation (year, recommendation);
