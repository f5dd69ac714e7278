CREATE SCHEMA IF NOT EXISTS discipline;

-- Imposed punishments: from decisions taken in Merit (source DECISION, with their case) and from the
-- `punishments` import (interchange.md §2, key nip + decision_date + kind; the NIP resolves to employee_id).
-- opd_id is the employee's OPD when the punishment was recorded (the yearly counts per OPD use it).
CREATE TABLE discipline.punishment (
    id              BIGSERIAL PRIMARY KEY,
    employee_id     BIGINT      NOT NULL REFERENCES employee.employee (id),
    opd_id          BIGINT      NOT NULL REFERENCES orgunit.opd (id),
    level           VARCHAR(8)  NOT NULL CHECK (level IN ('RINGAN','SEDANG','BERAT')),
    kind            VARCHAR(24) NOT NULL CHECK (kind IN ('TEGURAN_LISAN','TEGURAN_TERTULIS','PERNYATAAN_TIDAK_PUAS','TUKIN_CUT',
                        'PENUNDAAN_KGB','PENUNDAAN_PANGKAT','PENURUNAN_PANGKAT','PENURUNAN_JABATAN','PEMBEBASAN_JABATAN','PEMBERHENTIAN')),
    months          INT         CHECK (months IS NULL OR months > 0),
    decision_date   DATE        NOT NULL,
    effective_date  DATE,
    end_date        DATE,
    decision_number VARCHAR(100),
    source          VARCHAR(10) NOT NULL CHECK (source IN ('DECISION','IMPORT')),
    case_id         BIGINT,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    version         INT         NOT NULL DEFAULT 0,
    CONSTRAINT punishment_key UNIQUE (employee_id, decision_date, kind),
    CONSTRAINT punishment_kind_in_level CHECK (
        (level = 'RINGAN' AND kind IN ('TEGURAN_LISAN','TEGURAN_TERTULIS','PERNYATAAN_TIDAK_PUAS'))
        OR (level = 'SEDANG' AND kind IN ('TUKIN_CUT','PENUNDAAN_KGB','PENUNDAAN_PANGKAT','PENURUNAN_PANGKAT'))
        OR (level = 'BERAT' AND kind IN ('PENURUNAN_JABATAN','PEMBEBASAN_JABATAN','PEMBERHENTIAN'))),
    CONSTRAINT punishment_effective_after_decision CHECK (effective_date IS NULL OR effective_date >= decision_date),
    CONSTRAINT punishment_end_after_effective CHECK (end_date IS NULL OR (effective_date IS NOT NULL AND end_date >= effective_date))
);
CREATE INDEX punishment_decision_ix ON discipline.punishment (decision_date, opd_id);
CREATE INDEX punishment_case_ix ON discipline.punishment (case_id);
