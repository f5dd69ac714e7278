CREATE SCHEMA IF NOT EXISTS employee;

CREATE TABLE employee.employee (
    id                     BIGSERIAL PRIMARY KEY,
    nip                    VARCHAR(32)  NOT NULL UNIQUE,
    name                   VARCHAR(200) NOT NULL,
    gender                 VARCHAR(1)   NOT NULL CHECK (gender IN ('M','F')),
    birth_date             DATE         NOT NULL,
    employee_type          VARCHAR(24)  NOT NULL CHECK (employee_type IN ('PNS','CPNS','PPPK','PPPK_PARUH_WAKTU','NON_ASN_PHT','NON_ASN_PHL')),
    opd_id                 BIGINT       NOT NULL REFERENCES orgunit.opd (id),
    rank                   VARCHAR(6),
    position_name          VARCHAR(200),
    position_kind          VARCHAR(16) CHECK (position_kind IN ('JPT_PRATAMA','ADMINISTRATOR','PENGAWAS','PELAKSANA','FUNGSIONAL')),
    position_level         VARCHAR(16) CHECK (position_level IN ('AHLI_UTAMA','AHLI_MADYA','AHLI_MUDA','AHLI_PERTAMA','PENYELIA','MAHIR','TERAMPIL','PEMULA')),
    functional_profession  VARCHAR(16) CHECK (functional_profession IN ('DOKTER','GURU','APOTEKER','PERAWAT','BIDAN','ASESOR','PSIKOLOG')),
    home_lat               NUMERIC(9,6),
    home_lon               NUMERIC(9,6),
    phone                  VARCHAR(32),
    email                  VARCHAR(200),
    created_at             TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at             TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version                INT          NOT NULL DEFAULT 0
);
CREATE INDEX employee_opd_ix ON employee.employee (opd_id);
CREATE INDEX employee_name_ix ON employee.employee (lower(name));
CREATE INDEX employee_type_ix ON employee.employee (employee_type);

CREATE TABLE employee.position_history (
    id             BIGSERIAL PRIMARY KEY,
    employee_id    BIGINT       NOT NULL REFERENCES employee.employee (id) ON DELETE CASCADE,
    position_name  VARCHAR(200) NOT NULL,
    position_kind  VARCHAR(16)  NOT NULL CHECK (position_kind IN ('JPT_PRATAMA','ADMINISTRATOR','PENGAWAS','PELAKSANA','FUNGSIONAL')),
    position_level VARCHAR(16) CHECK (position_level IN ('AHLI_UTAMA','AHLI_MADYA','AHLI_MUDA','AHLI_PERTAMA','PENYELIA','MAHIR','TERAMPIL','PEMULA')),
    opd_id         BIGINT       NOT NULL REFERENCES orgunit.opd (id),
    start_date     DATE         NOT NULL,
    end_date       DATE,
    CONSTRAINT position_history_key UNIQUE (employee_id, start_date),
    CONSTRAINT position_history_dates CHECK (end_date IS NULL OR end_date >= start_date)
);

CREATE TABLE employee.education (
    id              BIGSERIAL PRIMARY KEY,
    employee_id     BIGINT      NOT NULL REFERENCES employee.employee (id) ON DELETE CASCADE,
    level           VARCHAR(4)  NOT NULL CHECK (level IN ('SD','SMP','SMA','D1','D2','D3','D4','S1','S2','S3')),
    institution     VARCHAR(200),
    major           VARCHAR(200),
    graduation_date DATE,
    CONSTRAINT education_key UNIQUE (employee_id, level)
);

CREATE TABLE employee.training (
    id          BIGSERIAL PRIMARY KEY,
    employee_id BIGINT       NOT NULL REFERENCES employee.employee (id) ON DELETE CASCADE,
    kind        VARCHAR(16)  NOT NULL CHECK (kind IN ('KEPEMIMPINAN','FUNGSIONAL','TEKNIS','SEMINAR')),
    name        VARCHAR(300) NOT NULL,
    hours       INT          NOT NULL CHECK (hours >= 0),
    end_date    DATE         NOT NULL,
    CONSTRAINT training_key UNIQUE (employee_id, name, end_date)
);

CREATE TABLE employee.award (
    id           BIGSERIAL PRIMARY KEY,
    employee_id  BIGINT       NOT NULL REFERENCES employee.employee (id) ON DELETE CASCADE,
    name         VARCHAR(300) NOT NULL,
    issuer       VARCHAR(200),
    awarded_on   DATE         NOT NULL,
    CONSTRAINT award_key UNIQUE (employee_id, name, awarded_on)
);
