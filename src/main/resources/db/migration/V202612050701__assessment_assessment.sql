-- Competency assessments, interchange.md §2 `assessments`: key nip + assessment_date + purpose.
CREATE SCHEMA IF NOT EXISTS assessment;

CREATE TABLE assessment.assessment (
    id              BIGSERIAL PRIMARY KEY,
    employee_id     BIGINT       NOT NULL REFERENCES employee.employee (id),
    assessment_date DATE         NOT NULL,
    purpose         VARCHAR(10)  NOT NULL CHECK (purpose IN ('MAPPING','SELECTION')),
    jpm             NUMERIC(5,2) NOT NULL CHECK (jpm BETWEEN 0 AND 100),
    potential_score NUMERIC(5,2) NOT NULL CHECK (potential_score BETWEEN 0 AND 100),
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT assessment_key UNIQUE (employee_id, assessment_date, purpose)
);
CREATE INDEX assessment_date_idx ON assessment.assessment (assessment_date);
