CREATE SCHEMA IF NOT EXISTS audit;

-- Who changed or viewed which personnel record, when, and the values before and after.
CREATE TABLE audit.audit_event (
    id           BIGSERIAL PRIMARY KEY,
    at           TIMESTAMPTZ  NOT NULL DEFAULT now(),
    actor        VARCHAR(64)  NOT NULL,
    action       VARCHAR(16)  NOT NULL CHECK (action IN ('CREATE','UPDATE','DELETE','VIEW','IMPORT','LOGIN')),
    entity_type  VARCHAR(40)  NOT NULL,
    entity_key   VARCHAR(100) NOT NULL,
    summary      VARCHAR(500),
    old_values   JSONB,
    new_values   JSONB
);
CREATE INDEX audit_event_entity_ix ON audit.audit_event (entity_type, entity_key, at DESC);
CREATE INDEX audit_event_actor_ix ON audit.audit_event (actor, at DESC);
