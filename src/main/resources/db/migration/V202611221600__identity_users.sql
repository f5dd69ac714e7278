CREATE SCHEMA IF NOT EXISTS identity;

CREATE TABLE identity.app_user (
    id               BIGSERIAL PRIMARY KEY,
    username         VARCHAR(64)  NOT NULL,
    password_hash    VARCHAR(200) NOT NULL,
    role             VARCHAR(16)  NOT NULL CHECK (role IN ('ADMIN','OFFICER','OPD_HEAD','REGENT','ASSESSOR','EMPLOYEE')),
    opd_code         VARCHAR(32),
    nip              VARCHAR(32),
    display_name     VARCHAR(200),
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    demo             BOOLEAN      NOT NULL DEFAULT FALSE,
    failed_attempts  INT          NOT NULL DEFAULT 0,
    locked_until     TIMESTAMPTZ,
    last_login_at    TIMESTAMPTZ,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version          INT          NOT NULL DEFAULT 0,
    CONSTRAINT app_user_opd_head_needs_opd CHECK (role <> 'OPD_HEAD' OR opd_code IS NOT NULL),
    CONSTRAINT app_user_employee_needs_nip CHECK (role <> 'EMPLOYEE' OR nip IS NOT NULL)
);
CREATE UNIQUE INDEX app_user_username_uq ON identity.app_user (lower(username));

-- Spring Session JDBC: sessions live in the database so instances stay stateless.
CREATE TABLE identity.spring_session (
    PRIMARY_ID            CHAR(36) NOT NULL,
    SESSION_ID            CHAR(36) NOT NULL,
    CREATION_TIME         BIGINT   NOT NULL,
    LAST_ACCESS_TIME      BIGINT   NOT NULL,
    MAX_INACTIVE_INTERVAL INT      NOT NULL,
    EXPIRY_TIME           BIGINT   NOT NULL,
    PRINCIPAL_NAME        VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (PRIMARY_ID)
);
CREATE UNIQUE INDEX spring_session_ix1 ON identity.spring_session (SESSION_ID);
CREATE INDEX spring_session_ix2 ON identity.spring_session (EXPIRY_TIME);
CREATE INDEX spring_session_ix3 ON identity.spring_session (PRINCIPAL_NAME);

CREATE TABLE identity.spring_session_attributes (
    SESSION_PRIMARY_ID CHAR(36)     NOT NULL,
    ATTRIBUTE_NAME     VARCHAR(200) NOT NULL,
    ATTRIBUTE_BYTES    BYTEA        NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (SESSION_PRIMARY_ID) REFERENCES identity.spring_session (PRIMARY_ID) ON DELETE CASCADE
);
