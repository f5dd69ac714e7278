-- An OPD head's scope was the OPD code as text, with no foreign key: renaming the code dropped the head's scope,
-- and a later OPD given the old code inherited it. The account now points at the OPD's id; the code shown is the
-- OPD's current one.
ALTER TABLE identity.app_user ADD COLUMN opd_id BIGINT REFERENCES orgunit.opd (id);

UPDATE identity.app_user u SET opd_id = o.id FROM orgunit.opd o WHERE u.opd_code IS NOT NULL AND lower(o.code) = lower(u.opd_code);

-- a head whose code matches no OPD any more had no scope already; the account is kept (audit trail) but disabled
UPDATE identity.app_user SET enabled = FALSE WHERE role = 'OPD_HEAD' AND opd_id IS NULL;

ALTER TABLE identity.app_user DROP CONSTRAINT app_user_opd_head_needs_opd;
ALTER TABLE identity.app_user DROP COLUMN opd_code;
ALTER TABLE identity.app_user ADD CONSTRAINT app_user_opd_head_needs_opd CHECK (role <> 'OPD_HEAD' OR opd_id IS NOT NULL OR NOT enabled);
CREATE INDEX app_user_opd_ix ON identity.app_user (opd_id);
