-- Issue 13 item 2: versions of the IP ASN rule set an administrator saves, each with the date it takes effect. The numbers
-- are kept by field name (IpAsnParameterFields) over Merit's shipped defaults, which stay the version before the first.
CREATE TABLE professionalism.rule_set (
    id             BIGSERIAL PRIMARY KEY,
    label          VARCHAR(120)  NOT NULL CHECK (length(btrim(label)) > 0),
    effective_from DATE          NOT NULL UNIQUE,
    regulation     VARCHAR(300)  NOT NULL,
    note           VARCHAR(1000),
    field_values   TEXT          NOT NULL,
    created_by     VARCHAR(64)   NOT NULL,
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now()
);
