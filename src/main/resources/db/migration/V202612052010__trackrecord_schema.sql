-- Track-record investigations of officials (issue 14 item 5; seed 004; regulations.md §6.3 row 4 and §6.6): before
-- placements (JPT, administrator, pengawas, lurah) teams led by an assistant, with members from BKPP and the
-- inspectorate, are each assigned kecamatan, kelurahan and OPDs with a deadline; a dossier per official is compiled
-- from the registry (read, not stored here) plus what the team records: the superior's recommendation, political
-- neutrality, integrity, an Edijab score and interviews in the official's neighbourhood.
CREATE SCHEMA IF NOT EXISTS trackrecord;

CREATE TABLE trackrecord.investigation (
    id         BIGSERIAL PRIMARY KEY,
    title      VARCHAR(200)  NOT NULL,
    purpose    VARCHAR(2000) NOT NULL,
    deadline   DATE          NOT NULL,
    created_by VARCHAR(100)  NOT NULL,
    created_at TIMESTAMPTZ   NOT NULL DEFAULT now()
);

-- A team: its leader (an assistant, recorded by name and position; nip when the leader is in the registry) and deadline.
CREATE TABLE trackrecord.team (
    id               BIGSERIAL PRIMARY KEY,
    investigation_id BIGINT       NOT NULL REFERENCES trackrecord.investigation (id),
    name             VARCHAR(200) NOT NULL,
    leader_name      VARCHAR(200) NOT NULL,
    leader_position  VARCHAR(200) NOT NULL,
    leader_nip       VARCHAR(32),
    deadline         DATE         NOT NULL,
    created_by       VARCHAR(100) NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX team_investigation_idx ON trackrecord.team (investigation_id);

-- Members from BKPP (the personnel agency) and the inspectorate; each logs in with an ASSESSOR account.
CREATE TABLE trackrecord.team_member (
    id         BIGSERIAL PRIMARY KEY,
    team_id    BIGINT       NOT NULL REFERENCES trackrecord.team (id),
    body       VARCHAR(20)  NOT NULL CHECK (body IN ('PERSONNEL_AGENCY','INSPECTORATE')),
    name       VARCHAR(200) NOT NULL,
    username   VARCHAR(64)  NOT NULL,
    created_by VARCHAR(100) NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX team_member_account_once ON trackrecord.team_member (team_id, lower(username));
CREATE INDEX team_member_username_idx ON trackrecord.team_member (lower(username));

-- The OPDs (kecamatan and kelurahan are OPDs of the tree) a team covers; an OPD belongs to one team per investigation.
CREATE TABLE trackrecord.team_area (
    team_id          BIGINT NOT NULL REFERENCES trackrecord.team (id),
    investigation_id BIGINT NOT NULL REFERENCES trackrecord.investigation (id),
    opd_id           BIGINT NOT NULL REFERENCES orgunit.opd (id),
    PRIMARY KEY (team_id, opd_id),
    CONSTRAINT team_area_once UNIQUE (investigation_id, opd_id)
);

-- An official under investigation; team_id: the team whose area holds the official's OPD (null until one does).
CREATE TABLE trackrecord.official (
    id               BIGSERIAL PRIMARY KEY,
    investigation_id BIGINT       NOT NULL REFERENCES trackrecord.investigation (id),
    employee_id      BIGINT       NOT NULL REFERENCES employee.employee (id),
    nip              VARCHAR(32)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    opd_id           BIGINT       NOT NULL,
    category         VARCHAR(16)  NOT NULL CHECK (category IN ('JPT_PRATAMA','ADMINISTRATOR','PENGAWAS','LURAH')),
    team_id          BIGINT       REFERENCES trackrecord.team (id),
    created_by       VARCHAR(100) NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT official_once UNIQUE (investigation_id, employee_id)
);
CREATE INDEX official_team_idx ON trackrecord.official (team_id);

-- What the team records for an official (one row, updated; every change audited).
CREATE TABLE trackrecord.finding (
    official_id            BIGINT        PRIMARY KEY REFERENCES trackrecord.official (id),
    superior_name          VARCHAR(200),
    superior_verdict       VARCHAR(24)   CHECK (superior_verdict IN ('RECOMMENDED','RECOMMENDED_WITH_NOTES','NOT_RECOMMENDED')),
    superior_note          VARCHAR(2000),
    neutrality             VARCHAR(16)   CHECK (neutrality IN ('NEUTRAL','DOUBTFUL','NOT_NEUTRAL')),
    neutrality_note        VARCHAR(2000),
    integrity              VARCHAR(16)   CHECK (integrity IN ('GOOD','DOUBTFUL','POOR')),
    integrity_note         VARCHAR(2000),
    edijab_score           NUMERIC(5, 2) CHECK (edijab_score BETWEEN 0 AND 100),
    recorded_by            VARCHAR(100)  NOT NULL,
    recorded_at            TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version                INT           NOT NULL DEFAULT 0
);

-- The social record: interviews with the RT head, community figures and neighbours.
CREATE TABLE trackrecord.interview (
    id             BIGSERIAL PRIMARY KEY,
    official_id    BIGINT        NOT NULL REFERENCES trackrecord.official (id),
    source         VARCHAR(20)   NOT NULL CHECK (source IN ('RT_HEAD','COMMUNITY_FIGURE','NEIGHBOUR')),
    source_name    VARCHAR(200)  NOT NULL,
    interviewed_on DATE          NOT NULL,
    finding        VARCHAR(4000) NOT NULL,
    recorded_by    VARCHAR(100)  NOT NULL,
    recorded_at    TIMESTAMPTZ   NOT NULL DEFAULT now()
);
CREATE INDEX interview_official_idx ON trackrecord.interview (official_id);
