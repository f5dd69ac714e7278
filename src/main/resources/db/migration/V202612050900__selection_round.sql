-- Open selection rounds for a vacant JPT Pratama post (regulations.md §6.3): DRAFT -> RECOMMENDED (the oversight
-- body's recommendation) -> ANNOUNCED (window of at least 15 calendar days to the registration close) -> CLOSED.
-- The post is copied at creation (code, name, OPD) so the round stays readable if the catalogue changes.
-- Panel, stages, shortlist and decision (issue 14 items 3-5) add their own tables referring to selection.round.
CREATE SCHEMA IF NOT EXISTS selection;

CREATE TABLE selection.round (
    id                     BIGSERIAL PRIMARY KEY,
    title                  VARCHAR(200) NOT NULL,
    post_code              VARCHAR(32)  NOT NULL,
    post_name              VARCHAR(200) NOT NULL,
    opd_name               VARCHAR(200) NOT NULL,
    registration_closes_on DATE         NOT NULL,
    state                  VARCHAR(12)  NOT NULL CHECK (state IN ('DRAFT','RECOMMENDED','ANNOUNCED','CLOSED')),
    recommendation_number  VARCHAR(100),
    recommendation_date    DATE,
    oversight_body         VARCHAR(200),
    announced_on           DATE,
    closed_on              DATE,
    created_by             VARCHAR(100) NOT NULL,
    created_at             TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at             TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version                INT          NOT NULL DEFAULT 0,
    CONSTRAINT round_recommended CHECK (state = 'DRAFT' OR (recommendation_number IS NOT NULL
        AND recommendation_date IS NOT NULL AND oversight_body IS NOT NULL)),
    CONSTRAINT round_announced CHECK (state IN ('DRAFT','RECOMMENDED') OR announced_on IS NOT NULL),
    CONSTRAINT round_window CHECK (announced_on IS NULL OR registration_closes_on - announced_on + 1 >= 15)
);
CREATE INDEX round_post_idx ON selection.round (post_code);
CREATE INDEX round_created_idx ON selection.round (created_at DESC, id DESC);

-- One application per candidate and round: internal (an employee of the registry, eligibility pre-checked on the
-- registration closing date and stored with its reason codes and sentences) or external (name, origin agency).
-- Eligibility sentences: one array element per sentence, "key" then its arguments, separated by U+001F; each argument
-- starts with its type: m = a message key (a code's label), d = an ISO date, n = an integer, s = text.
CREATE TABLE selection.application (
    id                    BIGSERIAL PRIMARY KEY,
    round_id              BIGINT       NOT NULL REFERENCES selection.round (id),
    kind                  VARCHAR(8)   NOT NULL CHECK (kind IN ('INTERNAL','EXTERNAL')),
    employee_id           BIGINT       REFERENCES employee.employee (id),
    nip                   VARCHAR(32),
    name                  VARCHAR(200) NOT NULL,
    origin_agency         VARCHAR(200),
    eligibility_date      DATE,
    eligible              BOOLEAN,
    eligibility_reasons   VARCHAR(200),
    eligibility_sentences TEXT[],
    screening             VARCHAR(8)   NOT NULL CHECK (screening IN ('PENDING','PASSED','FAILED')),
    screening_override    BOOLEAN      NOT NULL DEFAULT FALSE,
    screening_reason      VARCHAR(1000),
    screened_by           VARCHAR(100),
    screened_at           TIMESTAMPTZ,
    applied_on            DATE         NOT NULL,
    created_by            VARCHAR(100) NOT NULL,
    created_at            TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version               INT          NOT NULL DEFAULT 0,
    CONSTRAINT application_internal CHECK (kind = 'EXTERNAL' OR (employee_id IS NOT NULL AND nip IS NOT NULL
        AND eligible IS NOT NULL AND eligibility_date IS NOT NULL)),
    CONSTRAINT application_external CHECK (kind = 'INTERNAL' OR (employee_id IS NULL AND origin_agency IS NOT NULL)),
    CONSTRAINT application_override_reason CHECK (NOT screening_override OR screening_reason IS NOT NULL)
);
CREATE UNIQUE INDEX application_employee_once ON selection.application (round_id, employee_id) WHERE employee_id IS NOT NULL;
CREATE INDEX application_round_idx ON selection.application (round_id, id);

-- Documents of an application (external applicants' CV, letters, diplomas): PDF, JPEG or PNG, at most 5 MB, kept in
-- the database like excuse evidence.
CREATE TABLE selection.application_document (
    id             BIGSERIAL PRIMARY KEY,
    application_id BIGINT       NOT NULL REFERENCES selection.application (id),
    filename       VARCHAR(200) NOT NULL,
    content_type   VARCHAR(50)  NOT NULL,
    size_bytes     INT          NOT NULL,
    content        BYTEA        NOT NULL,
    created_at     TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX application_document_idx ON selection.application_document (application_id, id);
