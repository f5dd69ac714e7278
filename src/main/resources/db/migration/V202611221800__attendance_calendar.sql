CREATE SCHEMA IF NOT EXISTS attendance;

-- National holidays and cuti bersama: not working days anywhere.
CREATE TABLE attendance.holiday (
    holiday_date DATE         PRIMARY KEY,
    name         VARCHAR(200) NOT NULL,
    kind         VARCHAR(16)  NOT NULL DEFAULT 'NATIONAL' CHECK (kind IN ('NATIONAL','CUTI_BERSAMA')),
    updated_at   TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- Working hours: opd_id NULL = all OPDs; an OPD's schedule also covers its sub-units. valid_from/valid_to bound
-- date-ranged variants (Ramadan); NULL = open. A weekday without hours is not a working day.
CREATE TABLE attendance.work_schedule (
    id            BIGSERIAL    PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    opd_id        BIGINT       REFERENCES orgunit.opd (id) ON DELETE CASCADE,
    valid_from    DATE,
    valid_to      DATE,
    mon_start TIME, mon_end TIME,
    tue_start TIME, tue_end TIME,
    wed_start TIME, wed_end TIME,
    thu_start TIME, thu_end TIME,
    fri_start TIME, fri_end TIME,
    sat_start TIME, sat_end TIME,
    sun_start TIME, sun_end TIME,
    grace_minutes INT          NOT NULL DEFAULT 0 CHECK (grace_minutes BETWEEN 0 AND 120),
    updated_by    VARCHAR(64),
    updated_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version       INT          NOT NULL DEFAULT 0,
    CONSTRAINT work_schedule_range CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from),
    CONSTRAINT work_schedule_mon CHECK ((mon_start IS NULL) = (mon_end IS NULL) AND (mon_end IS NULL OR mon_end > mon_start)),
    CONSTRAINT work_schedule_tue CHECK ((tue_start IS NULL) = (tue_end IS NULL) AND (tue_end IS NULL OR tue_end > tue_start)),
    CONSTRAINT work_schedule_wed CHECK ((wed_start IS NULL) = (wed_end IS NULL) AND (wed_end IS NULL OR wed_end > wed_start)),
    CONSTRAINT work_schedule_thu CHECK ((thu_start IS NULL) = (thu_end IS NULL) AND (thu_end IS NULL OR thu_end > thu_start)),
    CONSTRAINT work_schedule_fri CHECK ((fri_start IS NULL) = (fri_end IS NULL) AND (fri_end IS NULL OR fri_end > fri_start)),
    CONSTRAINT work_schedule_sat CHECK ((sat_start IS NULL) = (sat_end IS NULL) AND (sat_end IS NULL OR sat_end > sat_start)),
    CONSTRAINT work_schedule_sun CHECK ((sun_start IS NULL) = (sun_end IS NULL) AND (sun_end IS NULL OR sun_end > sun_start))
);
CREATE INDEX work_schedule_opd_ix ON attendance.work_schedule (opd_id);

-- rules-defaults.md: Monday–Thursday 07:30–16:00, Friday 07:30–16:30, grace 0, for all OPDs.
INSERT INTO attendance.work_schedule (name, mon_start, mon_end, tue_start, tue_end, wed_start, wed_end, thu_start, thu_end,
                                      fri_start, fri_end, updated_by)
VALUES ('Jam kerja standar', '07:30', '16:00', '07:30', '16:00', '07:30', '16:00', '07:30', '16:00', '07:30', '16:30', 'system');

-- Versioned rule sets for the configurable numbers of rules-defaults.md (the one in force on 'until' applies).
CREATE TABLE attendance.rule_set (
    id                  BIGSERIAL    PRIMARY KEY,
    name                VARCHAR(64)  NOT NULL,
    effective_from      DATE         NOT NULL UNIQUE,
    regulation          VARCHAR(200) NOT NULL,
    convert_lateness    BOOLEAN      NOT NULL DEFAULT FALSE,
    minutes_per_day     INT          NOT NULL DEFAULT 450 CHECK (minutes_per_day > 0),
    single_punch_cutoff TIME         NOT NULL DEFAULT '12:00',
    sedang_regime       VARCHAR(24)  NOT NULL DEFAULT 'PP53_TRANSITIONAL' CHECK (sedang_regime IN ('PP53_TRANSITIONAL','PP94_TUKIN')),
    created_by          VARCHAR(64)  NOT NULL,
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now()
);
INSERT INTO attendance.rule_set (name, effective_from, regulation, created_by)
VALUES ('DEFAULT', DATE '2000-01-01', 'PP 94/2021; Perpres 21/2023', 'system');
