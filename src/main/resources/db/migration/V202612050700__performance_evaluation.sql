-- SKP evaluations (PermenPANRB 6/2022), interchange.md §2 `performance`: key nip + year + period.
CREATE SCHEMA IF NOT EXISTS performance;

CREATE TABLE performance.evaluation (
    id               BIGSERIAL PRIMARY KEY,
    employee_id      BIGINT      NOT NULL REFERENCES employee.employee (id),
    year             INT         NOT NULL CHECK (year BETWEEN 1950 AND 2200),
    period           VARCHAR(6)  NOT NULL CHECK (period IN ('ANNUAL','Q1','Q2','Q3','Q4')),
    results_rating   VARCHAR(5)  CHECK (results_rating IN ('ABOVE','MEETS','BELOW')),
    behaviour_rating VARCHAR(5)  CHECK (behaviour_rating IN ('ABOVE','MEETS','BELOW')),
    predicate        VARCHAR(16) NOT NULL CHECK (predicate IN ('SANGAT_BAIK','BAIK','BUTUH_PERBAIKAN','KURANG','SANGAT_KURANG')),
    source           VARCHAR(10) NOT NULL DEFAULT 'IMPORT' CHECK (source IN ('IMPORT','RATING')),
    created_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT evaluation_key UNIQUE (employee_id, year, period),
    CONSTRAINT evaluation_ratings_both CHECK ((results_rating IS NULL) = (behaviour_rating IS NULL))
);
CREATE INDEX evaluation_year_period ON performance.evaluation (year, period);
