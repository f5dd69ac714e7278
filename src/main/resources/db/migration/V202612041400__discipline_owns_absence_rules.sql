-- Issue 8: discipline owns every rule of discipline law; attendance only counts.
-- 1. The 7.5-hour lateness conversion (PP 53/2010 Penjelasan Pasal 3 angka 11) is discipline's setting: always on for
--    PP 53/2010-regime counts, this switch for PP 94/2021-regime counts (default off, rules-defaults.md). Non-ASN staff
--    get no PP 94/2021 recommendation; their basis cites the regent's regulation named here.
ALTER TABLE discipline.rule_set
    ADD COLUMN convert_lateness_pp94 BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN honorary_basis        VARCHAR(300);

-- The attendance rule set no longer converts minutes into days (a switch that shipped off; the conversion now lives in
-- discipline.rule_set above).
ALTER TABLE attendance.rule_set
    DROP COLUMN convert_lateness,
    DROP COLUMN minutes_per_day;

-- 2. The reviewed bands of the recommendation list belong to the page that shows them (now discipline's).
ALTER TABLE attendance.band_review SET SCHEMA discipline;

-- 3. Bumped (in the same transaction) whenever the registry moves an employee (transfer, type or position change), so
--    every instance drops its cached recommendations; attendance's own data_version covers punches, excuses, calendar.
CREATE TABLE discipline.registry_version (
    id      INT    PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO discipline.registry_version VALUES (1, 0);
