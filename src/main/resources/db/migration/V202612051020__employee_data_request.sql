-- Data-update requests: an employee asks BKPSDM to add an education or a training record, with an evidence file
-- (issue 15 item 4). Approved requests enter the registry through EmployeeCommands; version refuses stale decisions.
CREATE TABLE employee.data_request (
    id                BIGSERIAL PRIMARY KEY,
    employee_id       BIGINT       NOT NULL REFERENCES employee.employee (id) ON DELETE CASCADE,
    kind              VARCHAR(16)  NOT NULL CHECK (kind IN ('EDUCATION','TRAINING')),
    status            VARCHAR(16)  NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','APPROVED','REJECTED')),
    education_level   VARCHAR(4)   CHECK (education_level IN ('SD','SMP','SMA','D1','D2','D3','D4','S1','S2','S3')),
    institution       VARCHAR(200),
    major             VARCHAR(200),
    graduation_date   DATE,
    training_kind     VARCHAR(16)  CHECK (training_kind IN ('KEPEMIMPINAN','FUNGSIONAL','TEKNIS','SEMINAR')),
    training_name     VARCHAR(300),
    training_hours    INT          CHECK (training_hours >= 0),
    training_end_date DATE,
    submitted_at      TIMESTAMPTZ  NOT NULL,
    submitted_by      VARCHAR(64)  NOT NULL,
    decided_at        TIMESTAMPTZ,
    decided_by        VARCHAR(64),
    reason            VARCHAR(1000),
    version           INT          NOT NULL DEFAULT 0,
    CONSTRAINT data_request_fields CHECK (
        (kind = 'EDUCATION' AND education_level IS NOT NULL)
        OR (kind = 'TRAINING' AND training_kind IS NOT NULL AND training_name IS NOT NULL AND training_hours IS NOT NULL
            AND training_end_date IS NOT NULL)),
    CONSTRAINT data_request_reason CHECK (status <> 'REJECTED' OR reason IS NOT NULL)
);
CREATE INDEX data_request_pending ON employee.data_request (submitted_at, id) WHERE status = 'PENDING';
CREATE INDEX data_request_employee ON employee.data_request (employee_id, submitted_at DESC);

CREATE TABLE employee.data_request_evidence (
    request_id   BIGINT       PRIMARY KEY REFERENCES employee.data_request (id) ON DELETE CASCADE,
    filename     VARCHAR(200) NOT NULL,
    content_type VARCHAR(64)  NOT NULL,
    size_bytes   INT          NOT NULL,
    content      BYTEA        NOT NULL
);
