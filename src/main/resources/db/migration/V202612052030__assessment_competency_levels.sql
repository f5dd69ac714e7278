-- The level an assessment found for each competency of PermenPANRB 38/2017 (eight managerial, perekat bangsa, technical;
-- 1-5), entered in the officers' form. Empty for imported rows: the `assessments` interchange carries only jpm and
-- potential_score, and an import leaves levels already entered untouched.
ALTER TABLE assessment.assessment
    ADD COLUMN level_integrity         SMALLINT CHECK (level_integrity BETWEEN 1 AND 5),
    ADD COLUMN level_cooperation       SMALLINT CHECK (level_cooperation BETWEEN 1 AND 5),
    ADD COLUMN level_communication     SMALLINT CHECK (level_communication BETWEEN 1 AND 5),
    ADD COLUMN level_results           SMALLINT CHECK (level_results BETWEEN 1 AND 5),
    ADD COLUMN level_public_service    SMALLINT CHECK (level_public_service BETWEEN 1 AND 5),
    ADD COLUMN level_developing_others SMALLINT CHECK (level_developing_others BETWEEN 1 AND 5),
    ADD COLUMN level_managing_change   SMALLINT CHECK (level_managing_change BETWEEN 1 AND 5),
    ADD COLUMN level_decision_making   SMALLINT CHECK (level_decision_making BETWEEN 1 AND 5),
    ADD COLUMN level_socio_cultural    SMALLINT CHECK (level_socio_cultural BETWEEN 1 AND 5),
    ADD COLUMN level_technical         SMALLINT CHECK (level_technical BETWEEN 1 AND 5);
