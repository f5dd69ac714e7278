-- Field inspections (sidak): a team visits an OPD on a date and records findings per employee of that OPD.
-- A finding may open a discipline case (case_id).
CREATE TABLE discipline.inspection (
    id           BIGSERIAL PRIMARY KEY,
    opd_id       BIGINT        NOT NULL REFERENCES orgunit.opd (id),
    inspected_on DATE          NOT NULL,
    team         VARCHAR(1000) NOT NULL,
    notes        VARCHAR(2000),
    created_by   VARCHAR(64)   NOT NULL,
    created_at   TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version      INT           NOT NULL DEFAULT 0
);
CREATE INDEX inspection_opd_ix ON discipline.inspection (opd_id, inspected_on);

CREATE TABLE discipline.finding (
    id            BIGSERIAL PRIMARY KEY,
    inspection_id BIGINT        NOT NULL REFERENCES discipline.inspection (id) ON DELETE CASCADE,
    employee_id   BIGINT        NOT NULL REFERENCES employee.employee (id),
    nip           VARCHAR(32)   NOT NULL,
    employee_name VARCHAR(200)  NOT NULL,
    kind          VARCHAR(12)   NOT NULL CHECK (kind IN ('ABSENT','NOT_AT_POST','OTHER')),
    note          VARCHAR(1000),
    case_id       BIGINT        REFERENCES discipline.case_file (id),
    created_at    TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT finding_once_per_employee UNIQUE (inspection_id, employee_id)
);
CREATE INDEX finding_case_ix ON discipline.finding (case_id);
