-- Versioned discipline rule sets (rules-defaults.md): which sedang regime applies to decisions taken on or after
-- effective_from (PP 94/2021 Ps 42 transition vs the tukin cut of Ps 8(3)), and how the 15 days to the effective
-- date are counted (Ps 38(1); calendar days by default). Without a row: PP53_TRANSITIONAL, CALENDAR.
CREATE TABLE discipline.rule_set (
    id                     BIGSERIAL PRIMARY KEY,
    sedang_regime          VARCHAR(20)  NOT NULL CHECK (sedang_regime IN ('PP53_TRANSITIONAL','PP94_TUKIN')),
    effective_day_counting VARCHAR(8)   NOT NULL CHECK (effective_day_counting IN ('CALENDAR','WORKING')),
    effective_from         DATE         NOT NULL UNIQUE,
    note                   VARCHAR(500),
    created_by             VARCHAR(64)  NOT NULL,
    created_at             TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- A discipline case from opening to the end of the punishment. Employee and position are copied when the case is
-- opened: letters and the authority check must show the position held at the time.
CREATE TABLE discipline.case_file (
    id                BIGSERIAL PRIMARY KEY,
    number            VARCHAR(32)   UNIQUE,
    employee_id       BIGINT        NOT NULL REFERENCES employee.employee (id),
    nip               VARCHAR(32)   NOT NULL,
    employee_name     VARCHAR(200)  NOT NULL,
    employee_rank     VARCHAR(6),
    position_name     VARCHAR(200),
    position_kind     VARCHAR(16)   CHECK (position_kind IN ('JPT_PRATAMA','ADMINISTRATOR','PENGAWAS','PELAKSANA','FUNGSIONAL')),
    position_level    VARCHAR(16)   CHECK (position_level IN ('AHLI_UTAMA','AHLI_MADYA','AHLI_MUDA','AHLI_PERTAMA','PENYELIA','MAHIR','TERAMPIL','PEMULA')),
    opd_id            BIGINT        NOT NULL REFERENCES orgunit.opd (id),
    opd_name          VARCHAR(200)  NOT NULL,
    source            VARCHAR(12)   NOT NULL CHECK (source IN ('ATTENDANCE','INSPECTION','MANUAL')),
    attendance_year   INT,
    attendance_band   VARCHAR(32),
    source_basis      VARCHAR(300),
    finding_id        BIGINT,
    allegation        VARCHAR(2000) NOT NULL,
    expected_level    VARCHAR(8)    CHECK (expected_level IN ('RINGAN','SEDANG','BERAT')),
    stage             VARCHAR(10)   NOT NULL CHECK (stage IN ('OPENED','SUMMONED','EXAMINED','DECIDED','DELIVERED','ENDED','CANCELLED')),
    opened_on         DATE          NOT NULL,
    opened_by         VARCHAR(64)   NOT NULL,
    summons_number    VARCHAR(100),
    summons_date      DATE,
    exam_date         DATE,
    exam_place        VARCHAR(200),
    summoner_name     VARCHAR(200),
    summoner_nip      VARCHAR(32),
    summoner_position VARCHAR(200),
    bap_date          DATE,
    bap_summary       VARCHAR(4000),
    examiners         VARCHAR(500),
    accused_absent    BOOLEAN       NOT NULL DEFAULT FALSE,
    team_superior     VARCHAR(200),
    team_inspectorate VARCHAR(200),
    team_hr           VARCHAR(200),
    decision_number   VARCHAR(100),
    decision_date     DATE,
    official          VARCHAR(40)   CHECK (official IN ('PPK_KABUPATEN','JPT_PRATAMA','ADMINISTRATOR','PENGAWAS',
                                        'JF_AHLI_MADYA_FOR_ADMINISTRATOR','JF_AHLI_MUDA_FOR_PENGAWAS')),
    relation          VARCHAR(20)   CHECK (relation IN ('ONE_LEVEL_BELOW','TWO_LEVELS_BELOW','JF_IN_ENVIRONMENT')),
    official_name     VARCHAR(200),
    official_nip      VARCHAR(32),
    official_position VARCHAR(200),
    sanction_kind     VARCHAR(24),
    sanction_months   INT,
    sedang_regime     VARCHAR(20),
    receipt_date      DATE,
    effective_date    DATE,
    end_date          DATE,
    day_counting      VARCHAR(8),
    cancel_reason     VARCHAR(1000),
    closed_note       VARCHAR(1000),
    closed_on         DATE,
    created_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at        TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version           INT           NOT NULL DEFAULT 0
);
CREATE INDEX case_file_opd_ix ON discipline.case_file (opd_id, opened_on);
CREATE INDEX case_file_employee_ix ON discipline.case_file (employee_id);
CREATE INDEX case_file_stage_ix ON discipline.case_file (stage);

-- The violations examined in a case; at the decision each gets the punishment it calls for and the heaviest is
-- imposed (PP 94/2021 Ps 35(1)).
CREATE TABLE discipline.violation (
    id              BIGSERIAL PRIMARY KEY,
    case_id         BIGINT        NOT NULL REFERENCES discipline.case_file (id) ON DELETE CASCADE,
    seq             INT           NOT NULL,
    description     VARCHAR(1000) NOT NULL,
    sanction_kind   VARCHAR(24),
    sanction_months INT,
    CONSTRAINT violation_seq UNIQUE (case_id, seq)
);

ALTER TABLE discipline.punishment ADD CONSTRAINT punishment_case_fk FOREIGN KEY (case_id) REFERENCES discipline.case_file (id);
