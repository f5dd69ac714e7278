-- IP ASN of every measured employee per year (PermenPANRB 38/2018, Perban BKN 8/2019), computed in one pass and
-- replaced per year in one transaction; rankings read from here. Each row records the rule set that produced it.
CREATE SCHEMA IF NOT EXISTS professionalism;

CREATE TABLE professionalism.index_year (
    year                    INT          PRIMARY KEY CHECK (year BETWEEN 1950 AND 2200),
    rule_set                VARCHAR(100) NOT NULL,
    rule_set_effective_from DATE         NOT NULL,
    employees               INT          NOT NULL,
    computed_at             TIMESTAMPTZ  NOT NULL,
    duration_ms             BIGINT       NOT NULL
);

-- employee_id, nip, name and OPD are a snapshot of the registry at computed_at (no foreign keys: a figure stays as
-- computed until the year is recomputed). top_opd_id is the top-level OPD the employee's unit belongs to.
CREATE TABLE professionalism.index (
    year                    INT          NOT NULL,
    employee_id             BIGINT       NOT NULL,
    nip                     VARCHAR(32)  NOT NULL,
    name                    VARCHAR(200) NOT NULL,
    opd_id                  BIGINT       NOT NULL,
    top_opd_id              BIGINT       NOT NULL,
    position_kind           VARCHAR(16),
    qualification           NUMERIC(5,2) NOT NULL,
    competency              NUMERIC(5,2) NOT NULL,
    performance             NUMERIC(5,2) NOT NULL,
    discipline              NUMERIC(5,2) NOT NULL,
    total                   NUMERIC(5,2) NOT NULL,
    category                VARCHAR(16)  NOT NULL CHECK (category IN ('SANGAT_TINGGI','TINGGI','SEDANG','RENDAH','SANGAT_RENDAH')),
    missing_data            VARCHAR(64)  NOT NULL DEFAULT '',
    rule_set                VARCHAR(100) NOT NULL,
    rule_set_effective_from DATE         NOT NULL,
    computed_at             TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (year, employee_id)
);
CREATE INDEX index_ranking_ix ON professionalism.index (year, total DESC, nip);
CREATE INDEX index_opd_ix ON professionalism.index (year, opd_id);

-- The OPD league of a year, aggregated in the same pass and transaction: per top-level OPD (with its sub-units) the
-- number of measured staff and their mean total (rounded to 2 decimals, half up).
CREATE TABLE professionalism.opd_index (
    year        INT          NOT NULL,
    opd_id      BIGINT       NOT NULL,
    employees   INT          NOT NULL,
    total_sum   NUMERIC(12,2) NOT NULL,
    mean_index  NUMERIC(5,2) NOT NULL,
    PRIMARY KEY (year, opd_id)
);
