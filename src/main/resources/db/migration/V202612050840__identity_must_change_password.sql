-- Issue 15 item 3: employee accounts made in bulk carry a one-time password that must be changed at first login.
-- The flag is also set when an administrator resets a password to a new one-time password; demo and existing
-- accounts are not flagged.
ALTER TABLE identity.app_user ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE;

-- the bulk creation skips staff who already have an account bound to their NIP
CREATE INDEX app_user_nip_ix ON identity.app_user (nip) WHERE nip IS NOT NULL;
