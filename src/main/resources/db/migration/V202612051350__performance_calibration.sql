-- Calibration (issue 12 item 7): the organisational predicate of each top-level OPD for a year, entered by BKPSDM from
-- the OPD's achievement of its Perjanjian Kinerja, which caps its staff's predicate distribution (PermenPANRB 6/2022);
-- and BKPSDM's returns of an OPD's ratings for review, each with its reason. Nothing here changes a rating.
CREATE TABLE performance.opd_predicate (
    year         INT          NOT NULL CHECK (year BETWEEN 1950 AND 2200),
    opd_id       BIGINT       NOT NULL,
    predicate    VARCHAR(16)  NOT NULL CHECK (predicate IN ('ISTIMEWA','BAIK','BUTUH_PERBAIKAN','KURANG','SANGAT_KURANG')),
    basis        VARCHAR(500) NOT NULL CHECK (length(btrim(basis)) > 0),
    recorded_by  VARCHAR(64)  NOT NULL,
    recorded_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    PRIMARY KEY (year, opd_id)
);

CREATE TABLE performance.calibration_return (
    id           BIGSERIAL PRIMARY KEY,
    year         INT          NOT NULL CHECK (year BETWEEN 1950 AND 2200),
    opd_id       BIGINT       NOT NULL,
    reason       VARCHAR(1000) NOT NULL CHECK (length(btrim(reason)) > 0),
    returned_by  VARCHAR(64)  NOT NULL,
    returned_at  TIMESTAMPTZ  NOT NULL DEFAULT now()
);
CREATE INDEX calibration_return_year_opd ON performance.calibration_return (year, opd_id, id DESC);
