-- Post catalogue (jabatan per OPD) with its formation, the post of the direct superior and the required competency
-- levels of PermenPANRB 38/2017 (eight managerial, one socio-cultural, one technical; level 1-5). Retired posts are
-- kept (retired_on set) so history stays readable; every change is in the audit trail.
CREATE TABLE orgunit.post (
    id              BIGSERIAL PRIMARY KEY,
    code            VARCHAR(32)  NOT NULL UNIQUE,
    opd_id          BIGINT       NOT NULL REFERENCES orgunit.opd (id),
    name            VARCHAR(200) NOT NULL,
    position_kind   VARCHAR(16)  NOT NULL CHECK (position_kind IN ('JPT_PRATAMA','ADMINISTRATOR','PENGAWAS','PELAKSANA','FUNGSIONAL')),
    position_level  VARCHAR(16)  CHECK (position_level IN ('AHLI_UTAMA','AHLI_MADYA','AHLI_MUDA','AHLI_PERTAMA','PENYELIA','MAHIR','TERAMPIL','PEMULA')),
    superior_id     BIGINT       REFERENCES orgunit.post (id),
    slots           INT          NOT NULL CHECK (slots >= 1),
    key_post        BOOLEAN      NOT NULL DEFAULT FALSE,
    comp_integrity          SMALLINT CHECK (comp_integrity BETWEEN 1 AND 5),
    comp_cooperation        SMALLINT CHECK (comp_cooperation BETWEEN 1 AND 5),
    comp_communication      SMALLINT CHECK (comp_communication BETWEEN 1 AND 5),
    comp_results            SMALLINT CHECK (comp_results BETWEEN 1 AND 5),
    comp_public_service     SMALLINT CHECK (comp_public_service BETWEEN 1 AND 5),
    comp_developing_others  SMALLINT CHECK (comp_developing_others BETWEEN 1 AND 5),
    comp_managing_change    SMALLINT CHECK (comp_managing_change BETWEEN 1 AND 5),
    comp_decision_making    SMALLINT CHECK (comp_decision_making BETWEEN 1 AND 5),
    comp_socio_cultural     SMALLINT CHECK (comp_socio_cultural BETWEEN 1 AND 5),
    comp_technical          SMALLINT CHECK (comp_technical BETWEEN 1 AND 5),
    retired_on      DATE,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    version         INT NOT NULL DEFAULT 0,
    CONSTRAINT post_not_own_superior CHECK (superior_id IS NULL OR superior_id <> id),
    CONSTRAINT post_level_only_fungsional CHECK (position_level IS NULL OR position_kind = 'FUNGSIONAL')
);
CREATE INDEX post_opd_ix ON orgunit.post (opd_id);
CREATE INDEX post_superior_ix ON orgunit.post (superior_id);

-- Acting officials (Plt = pelaksana tugas when the post is vacant, Plh = pelaksana harian when the holder is away).
CREATE TABLE orgunit.post_acting (
    id          BIGSERIAL PRIMARY KEY,
    post_id     BIGINT      NOT NULL REFERENCES orgunit.post (id),
    nip         VARCHAR(32) NOT NULL,
    kind        VARCHAR(3)  NOT NULL CHECK (kind IN ('PLT','PLH')),
    start_date  DATE        NOT NULL,
    end_date    DATE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT post_acting_dates CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX post_acting_post_ix ON orgunit.post_acting (post_id, start_date);
