-- Excused absences imported from other systems (interchange.md absences); they always excuse.
CREATE TABLE attendance.absence (
    id          BIGSERIAL   PRIMARY KEY,
    employee_id BIGINT      NOT NULL REFERENCES employee.employee (id) ON DELETE CASCADE,
    start_date  DATE        NOT NULL,
    end_date    DATE        NOT NULL,
    kind        VARCHAR(16) NOT NULL CHECK (kind IN ('CUTI','SAKIT','DINAS_LUAR','IZIN','TUGAS_BELAJAR','WFA')),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT absence_key UNIQUE (employee_id, start_date, kind),
    CONSTRAINT absence_dates CHECK (end_date >= start_date)
);
CREATE INDEX absence_dates_ix ON attendance.absence (start_date, end_date);

-- Excuses recorded by an OPD head; only VERIFIED ones excuse days.
CREATE TABLE attendance.excuse (
    id            BIGSERIAL    PRIMARY KEY,
    employee_id   BIGINT       NOT NULL REFERENCES employee.employee (id) ON DELETE CASCADE,
    kind          VARCHAR(16)  NOT NULL CHECK (kind IN ('CUTI','SAKIT','DINAS_LUAR','IZIN','TUGAS_BELAJAR','WFA')),
    start_date    DATE         NOT NULL,
    end_date      DATE         NOT NULL,
    note          VARCHAR(1000),
    status        VARCHAR(10)  NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','VERIFIED','REJECTED')),
    recorded_by   VARCHAR(64)  NOT NULL,
    recorded_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    decided_by    VARCHAR(64),
    decided_at    TIMESTAMPTZ,
    decision_note VARCHAR(1000),
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT excuse_dates CHECK (end_date >= start_date)
);
CREATE INDEX excuse_employee_ix ON attendance.excuse (employee_id, start_date);
CREATE INDEX excuse_status_ix ON attendance.excuse (status, start_date);

CREATE TABLE attendance.excuse_evidence (
    excuse_id    BIGINT       PRIMARY KEY REFERENCES attendance.excuse (id) ON DELETE CASCADE,
    filename     VARCHAR(255) NOT NULL,
    content_type VARCHAR(32)  NOT NULL CHECK (content_type IN ('application/pdf','image/jpeg','image/png')),
    size_bytes   INT          NOT NULL CHECK (size_bytes BETWEEN 1 AND 5242880),
    content      BYTEA        NOT NULL
);
