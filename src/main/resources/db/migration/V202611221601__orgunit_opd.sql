CREATE SCHEMA IF NOT EXISTS orgunit;

CREATE TABLE orgunit.opd (
    id          BIGSERIAL PRIMARY KEY,
    code        VARCHAR(32)  NOT NULL UNIQUE,
    name        VARCHAR(200) NOT NULL,
    kind        VARCHAR(16)  NOT NULL CHECK (kind IN ('SEKRETARIAT','DINAS','BADAN','INSPEKTORAT','KECAMATAN','KELURAHAN','UPT','OTHER')),
    parent_id   BIGINT REFERENCES orgunit.opd (id),
    address     VARCHAR(300),
    latitude    NUMERIC(9,6),
    longitude   NUMERIC(9,6),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    version     INT NOT NULL DEFAULT 0,
    CONSTRAINT opd_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX opd_parent_ix ON orgunit.opd (parent_id);
