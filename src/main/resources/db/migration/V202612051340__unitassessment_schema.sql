-- Unit (OPD) assessment (issue 12 item 8): the yearly assessment team and the innovations and awards it records per
-- top-level OPD, each with its points and evidence. The computed aspects (performance, discipline, data compliance)
-- are read from the owning modules and not stored.
CREATE SCHEMA IF NOT EXISTS unitassessment;

CREATE TABLE unitassessment.team_member (
    id         BIGSERIAL PRIMARY KEY,
    year       INT          NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    body       VARCHAR(24)  NOT NULL CHECK (body IN ('INSPECTORATE','BKD','ORGANISATION_BUREAU')),
    name       VARCHAR(200) NOT NULL,
    position   VARCHAR(200),
    added_by   VARCHAR(100) NOT NULL,
    added_at   TIMESTAMPTZ  NOT NULL,
    CONSTRAINT team_member_key UNIQUE (year, body, name)
);

CREATE TABLE unitassessment.entry (
    id                    BIGSERIAL PRIMARY KEY,
    year                  INT           NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    opd_id                BIGINT        NOT NULL REFERENCES orgunit.opd (id),
    aspect                VARCHAR(16)   NOT NULL CHECK (aspect IN ('INNOVATION','AWARDS')),
    title                 VARCHAR(300)  NOT NULL,
    description           VARCHAR(2000),
    points                INT           NOT NULL CHECK (points BETWEEN 1 AND 100),
    assessor_id           BIGINT        NOT NULL REFERENCES unitassessment.team_member (id),
    evidence_filename     VARCHAR(200)  NOT NULL,
    evidence_content_type VARCHAR(64)   NOT NULL,
    evidence_size         INT           NOT NULL,
    evidence              BYTEA         NOT NULL,
    entered_by            VARCHAR(100)  NOT NULL,
    entered_at            TIMESTAMPTZ   NOT NULL
);
CREATE INDEX entry_year_opd_ix ON unitassessment.entry (year, opd_id);
CREATE INDEX entry_assessor_ix ON unitassessment.entry (assessor_id);
