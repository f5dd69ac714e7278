-- The 9-box of every measured employee per year (PermenPANRB 3/2020; rules-defaults.md "Talent"), computed in one pass
-- and replaced per year in one transaction (readers see the previous year until it commits), and per employee when one
-- of their records changes. The grid, drill-downs, movement, succession and the regent's dashboard read from here.
CREATE SCHEMA IF NOT EXISTS talent;

CREATE TABLE talent.placement_year (
    year                INT          PRIMARY KEY CHECK (year BETWEEN 1950 AND 2200),
    rule_effective_from DATE         NOT NULL,
    regulation          VARCHAR(300) NOT NULL,
    employees           INT          NOT NULL,
    placed              INT          NOT NULL,
    computed_at         TIMESTAMPTZ  NOT NULL,
    duration_ms         BIGINT       NOT NULL,
    -- advanced by every write to the year's rows (bulk or one employee): the pages' aggregates are cached per version
    version             BIGINT       NOT NULL DEFAULT 1
);

-- One row per measured employee (PNS, PPPK, PPPK_PARUH_WAKTU). box 0: not placed (refusals names what is missing).
-- employee_id … birth_date are a snapshot of the registry at computed_at (no foreign keys, as professionalism.index).
-- The inputs behind the placement are kept with it: the ANNUAL predicates of Y and Y−1, the assessment read (latest on
-- or before 31 December of Y), the JP of training ended in Y; reasons lists the ReasonCodes of the pool decision.
CREATE TABLE talent.placement (
    year                INT          NOT NULL,
    employee_id         BIGINT       NOT NULL,
    nip                 VARCHAR(32)  NOT NULL,
    name                VARCHAR(200) NOT NULL,
    employee_type       VARCHAR(24)  NOT NULL,
    opd_id              BIGINT       NOT NULL,
    position_kind       VARCHAR(16),
    birth_date          DATE,
    box                 SMALLINT     NOT NULL CHECK (box BETWEEN 0 AND 9),
    performance_axis    VARCHAR(8)   CHECK (performance_axis IN ('ABOVE','MEETS','BELOW')),
    potential_axis      VARCHAR(8)   CHECK (potential_axis IN ('LOW','MEDIUM','HIGH')),
    talent_pool         BOOLEAN      NOT NULL,
    predicate           VARCHAR(20),
    previous_predicate  VARCHAR(20),
    assessment_date     DATE,
    assessment_purpose  VARCHAR(16),
    jpm                 NUMERIC(5,2),
    potential_score     NUMERIC(5,2),
    training_hours      INT          NOT NULL,
    refusals            VARCHAR(64)  NOT NULL DEFAULT '',
    reasons             TEXT         NOT NULL DEFAULT '',
    rule_effective_from DATE         NOT NULL,
    computed_at         TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (year, employee_id)
);
-- one secondary index only (each one costs the yearly COPY): a box's list sorts its rows by name, the pool is filtered
CREATE INDEX placement_opd_ix ON talent.placement (year, opd_id);
