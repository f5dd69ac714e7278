-- Issue 12 items 2 and 3: the SKP plan (PermenPANRB 6/2022) per employee and year with its key results (RHK), their
-- indicators and targets, each RHK cascaded from an RHK of the direct superior's plan; the leader's expectations; the
-- states DRAFT -> SUBMITTED -> APPROVED or RETURNED (with the reason); continuous feedback notes during the year.
-- The rater is the holder of the superior post (basis SUPERIOR) or, without one, the OPD head (basis OPD_HEAD).
CREATE TABLE performance.skp_plan (
    id             BIGSERIAL PRIMARY KEY,
    employee_id    BIGINT        NOT NULL REFERENCES employee.employee (id),
    year           INT           NOT NULL CHECK (year BETWEEN 2000 AND 2200),
    status         VARCHAR(9)    NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','SUBMITTED','APPROVED','RETURNED')),
    rater_basis    VARCHAR(8)    NOT NULL CHECK (rater_basis IN ('SUPERIOR','OPD_HEAD')),
    rater_nip      VARCHAR(32),
    rater_name     VARCHAR(200),
    expectations   VARCHAR(4000),
    return_reason  VARCHAR(2000),
    submitted_at   TIMESTAMPTZ,
    decided_at     TIMESTAMPTZ,
    decided_by     VARCHAR(64),
    source         VARCHAR(6)    NOT NULL DEFAULT 'FORM' CHECK (source IN ('FORM','IMPORT')),
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version        INT           NOT NULL DEFAULT 0,
    CONSTRAINT skp_plan_key UNIQUE (employee_id, year),
    CONSTRAINT skp_plan_returned CHECK (status <> 'RETURNED' OR length(btrim(return_reason)) > 0)
);
CREATE INDEX skp_plan_rater ON performance.skp_plan (rater_nip, year);

CREATE TABLE performance.skp_rhk (
    id             BIGSERIAL PRIMARY KEY,
    plan_id        BIGINT        NOT NULL REFERENCES performance.skp_plan (id) ON DELETE CASCADE,
    no             INT           NOT NULL CHECK (no BETWEEN 1 AND 99),
    text           VARCHAR(1000) NOT NULL CHECK (length(btrim(text)) > 0),
    parent_rhk_id  BIGINT        REFERENCES performance.skp_rhk (id),
    CONSTRAINT skp_rhk_key UNIQUE (plan_id, no)
);
CREATE INDEX skp_rhk_parent ON performance.skp_rhk (parent_rhk_id);

CREATE TABLE performance.skp_indicator (
    id             BIGSERIAL PRIMARY KEY,
    rhk_id         BIGINT        NOT NULL REFERENCES performance.skp_rhk (id) ON DELETE CASCADE,
    indicator      VARCHAR(1000) NOT NULL CHECK (length(btrim(indicator)) > 0),
    target         NUMERIC(14,2) NOT NULL CHECK (target >= 0),
    unit           VARCHAR(60)   NOT NULL CHECK (length(btrim(unit)) > 0),
    CONSTRAINT skp_indicator_key UNIQUE (rhk_id, indicator)
);

CREATE TABLE performance.skp_feedback (
    id             BIGSERIAL PRIMARY KEY,
    plan_id        BIGINT        NOT NULL REFERENCES performance.skp_plan (id) ON DELETE CASCADE,
    note           VARCHAR(2000) NOT NULL CHECK (length(btrim(note)) > 0),
    written_by     VARCHAR(64)   NOT NULL,
    written_at     TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX skp_feedback_plan ON performance.skp_feedback (plan_id, written_at);

-- The detailed rating of an employee with an approved plan: one rating per RHK and per BerAKHLAK aspect, kept as a
-- draft until the rater submits (the roll-up then writes the ANNUAL evaluation). version = optimistic locking.
CREATE TABLE performance.rating_sheet (
    id             BIGSERIAL PRIMARY KEY,
    employee_id    BIGINT        NOT NULL REFERENCES employee.employee (id),
    year           INT           NOT NULL CHECK (year BETWEEN 2000 AND 2200),
    status         VARCHAR(9)    NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','SUBMITTED')),
    notes          VARCHAR(2000),
    updated_by     VARCHAR(64)   NOT NULL,
    updated_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version        INT           NOT NULL DEFAULT 0,
    CONSTRAINT rating_sheet_key UNIQUE (employee_id, year)
);

CREATE TABLE performance.rating_item (
    sheet_id       BIGINT        NOT NULL REFERENCES performance.rating_sheet (id) ON DELETE CASCADE,
    kind           VARCHAR(6)    NOT NULL CHECK (kind IN ('RHK','ASPECT')),
    item           VARCHAR(40)   NOT NULL,
    rating         VARCHAR(5)    NOT NULL CHECK (rating IN ('ABOVE','MEETS','BELOW')),
    PRIMARY KEY (sheet_id, kind, item)
);

-- BKPSDM returns a submitted rating for correction with a reason: the evaluation stays, marked returned, and counts
-- as not submitted on the compliance page until the rater saves it again.
ALTER TABLE performance.evaluation
    ADD COLUMN returned_reason VARCHAR(2000),
    ADD COLUMN returned_by     VARCHAR(64),
    ADD COLUMN returned_at     TIMESTAMPTZ;
