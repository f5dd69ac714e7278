-- Attendance outages recorded by BKPSDM (rules-defaults.md "No data is not absence"): a device or an OPD unit whose
-- attendance data are missing or unreliable from start_date to end_date. Their days are not covered for the
-- employees mapped to that device or working in that unit, so a day without a punch there is no-data, not absence.
CREATE TABLE attendance.outage (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    device_sn   VARCHAR(64),
    opd_id      BIGINT REFERENCES orgunit.opd (id) ON DELETE CASCADE,
    start_date  DATE         NOT NULL,
    end_date    DATE         NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by  VARCHAR(100),
    CHECK ((device_sn IS NULL) <> (opd_id IS NULL)),
    CHECK (end_date >= start_date)
);
CREATE INDEX outage_period_ix ON attendance.outage (end_date, start_date);
