-- Self-service remainder (issue 15 item 4): family data in the registry (spouse, children) and data-update requests
-- that add an award or a family member, or correct an existing education or training record (target_id: its row).
CREATE TABLE employee.family_member (
    id          BIGSERIAL PRIMARY KEY,
    employee_id BIGINT       NOT NULL REFERENCES employee.employee (id) ON DELETE CASCADE,
    relation    VARCHAR(16)  NOT NULL CHECK (relation IN ('SPOUSE','CHILD')),
    name        VARCHAR(200) NOT NULL,
    birth_date  DATE         NOT NULL,
    CONSTRAINT family_member_key UNIQUE (employee_id, relation, name)
);

ALTER TABLE employee.data_request DROP CONSTRAINT data_request_kind_check;
ALTER TABLE employee.data_request DROP CONSTRAINT data_request_fields;
ALTER TABLE employee.data_request
    ADD COLUMN target_id         BIGINT,
    ADD COLUMN award_name        VARCHAR(300),
    ADD COLUMN award_issuer      VARCHAR(200),
    ADD COLUMN awarded_on        DATE,
    ADD COLUMN family_relation   VARCHAR(16) CHECK (family_relation IN ('SPOUSE','CHILD')),
    ADD COLUMN family_name       VARCHAR(200),
    ADD COLUMN family_birth_date DATE,
    ADD CONSTRAINT data_request_kind_check CHECK (kind IN ('EDUCATION','TRAINING','AWARD','FAMILY')),
    ADD CONSTRAINT data_request_fields CHECK (
        (kind = 'EDUCATION' AND education_level IS NOT NULL)
        OR (kind = 'TRAINING' AND training_kind IS NOT NULL AND training_name IS NOT NULL AND training_hours IS NOT NULL
            AND training_end_date IS NOT NULL)
        OR (kind = 'AWARD' AND award_name IS NOT NULL AND awarded_on IS NOT NULL)
        OR (kind = 'FAMILY' AND family_relation IS NOT NULL AND family_name IS NOT NULL AND family_birth_date IS NOT NULL)),
    ADD CONSTRAINT data_request_target CHECK (target_id IS NULL OR kind IN ('EDUCATION','TRAINING'));
