-- Circulars (surat edaran) from BKPSDM to all staff or to chosen OPDs (each with its sub-units), and who
-- acknowledged them: per employee (NIP), by the employee's own account or on their behalf by their OPD head.
-- opd_id is the employee's OPD at acknowledgement (the per-OPD rates use it).
CREATE TABLE discipline.circular (
    id           BIGSERIAL PRIMARY KEY,
    number       VARCHAR(100)  NOT NULL,
    issued_on    DATE          NOT NULL,
    title        VARCHAR(300)  NOT NULL,
    body         VARCHAR(20000) NOT NULL,
    all_staff    BOOLEAN       NOT NULL,
    published_by VARCHAR(64)   NOT NULL,
    published_at TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version      INT           NOT NULL DEFAULT 0
);
CREATE INDEX circular_issued_ix ON discipline.circular (issued_on DESC);

CREATE TABLE discipline.circular_opd (
    circular_id BIGINT NOT NULL REFERENCES discipline.circular (id) ON DELETE CASCADE,
    opd_id      BIGINT NOT NULL REFERENCES orgunit.opd (id),
    PRIMARY KEY (circular_id, opd_id)
);

CREATE TABLE discipline.circular_ack (
    circular_id     BIGINT      NOT NULL REFERENCES discipline.circular (id) ON DELETE CASCADE,
    employee_id     BIGINT      NOT NULL REFERENCES employee.employee (id),
    nip             VARCHAR(32) NOT NULL,
    opd_id          BIGINT      NOT NULL REFERENCES orgunit.opd (id),
    acknowledged_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    acknowledged_by VARCHAR(64) NOT NULL,
    on_behalf       BOOLEAN     NOT NULL,
    PRIMARY KEY (circular_id, employee_id)
);
CREATE INDEX circular_ack_employee_ix ON discipline.circular_ack (employee_id);
