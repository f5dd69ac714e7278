-- Issue 8 items 5–7: the second summons and the decision without examination (PP 94/2021 Ps 26(3)–(4)), temporary
-- relief from the post during the examination (Ps 31) and the objection / appeal against the decision (PP 79/2021;
-- the punishment does not take effect while it is pending, PP 94/2021 Ps 38(2)). One case has at most one of each.
ALTER TABLE discipline.case_file
    ADD COLUMN second_summons_number VARCHAR(100),
    ADD COLUMN second_summons_date   DATE,
    ADD COLUMN second_exam_date      DATE,
    ADD COLUMN second_exam_place     VARCHAR(200),
    ADD COLUMN without_examination   BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN absent_again_on       DATE,
    ADD COLUMN evidence_note         VARCHAR(4000),
    ADD COLUMN relief_from           DATE,
    ADD COLUMN relief_by_name        VARCHAR(200),
    ADD COLUMN relief_by_position    VARCHAR(200),
    ADD COLUMN relief_plh_name       VARCHAR(200),
    ADD COLUMN relief_plh_nip        VARCHAR(32),
    ADD COLUMN relief_until          DATE,
    ADD COLUMN objection_kind        VARCHAR(10)  CHECK (objection_kind IN ('OBJECTION','APPEAL')),
    ADD COLUMN objection_filed_on    DATE,
    ADD COLUMN objection_filed_by    VARCHAR(64),
    ADD COLUMN objection_on_behalf   BOOLEAN,
    ADD COLUMN objection_grounds     VARCHAR(4000),
    ADD COLUMN objection_evidence    VARCHAR(4000),
    ADD COLUMN objection_outcome     VARCHAR(10)  CHECK (objection_outcome IN ('CONFIRMED','LIGHTENED','HEAVIER','ANNULLED')),
    ADD COLUMN objection_number      VARCHAR(100),
    ADD COLUMN objection_decided_on  DATE,
    ADD COLUMN objection_received_on DATE,
    ADD COLUMN objection_note        VARCHAR(2000),
    ADD COLUMN original_sanction_kind   VARCHAR(24),
    ADD COLUMN original_sanction_months INT,
    ADD CONSTRAINT case_file_relief_plh CHECK (relief_from IS NULL OR relief_plh_name IS NOT NULL),
    ADD CONSTRAINT case_file_objection_grounds CHECK (objection_filed_on IS NULL OR objection_grounds IS NOT NULL);
CREATE INDEX case_file_relief_ix ON discipline.case_file (nip) WHERE relief_from IS NOT NULL AND relief_until IS NULL;
