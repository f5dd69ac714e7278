-- attendance.punch_month partitioned by year, as the punches were before (mission.md "Scale it must serve":
-- partitioned attendance tables), so that a province's years stay separate tables that can be archived or moved.
DROP VIEW attendance.punch;
ALTER TABLE attendance.punch_month RENAME TO punch_month_unpartitioned;
ALTER INDEX attendance.punch_month_pkey RENAME TO punch_month_unpartitioned_pkey;

CREATE TABLE attendance.punch_month (
    employee_id BIGINT        NOT NULL,
    month       DATE          NOT NULL CHECK (extract(day FROM month) = 1),
    seconds     INT[]         NOT NULL,
    device_sn   VARCHAR(64)[] NOT NULL,
    PRIMARY KEY (employee_id, month),
    CHECK (cardinality(seconds) > 0 AND cardinality(seconds) = cardinality(device_sn))
) PARTITION BY RANGE (month);

DO $$
BEGIN
    FOR y IN 2015..2035 LOOP
        EXECUTE format('CREATE TABLE attendance.punch_month_%s PARTITION OF attendance.punch_month FOR VALUES FROM (%L) TO (%L)',
                       y, make_date(y, 1, 1), make_date(y + 1, 1, 1));
    END LOOP;
END $$;
CREATE TABLE attendance.punch_month_default PARTITION OF attendance.punch_month DEFAULT;

COMMENT ON TABLE attendance.punch_month IS 'Fingerprint punches of one employee in one month, one partition a year; read them through the view attendance.punch';
COMMENT ON COLUMN attendance.punch_month.seconds IS 'Seconds since 00:00 on the first day of the month (local time), ascending, distinct';
COMMENT ON COLUMN attendance.punch_month.device_sn IS 'The device of each punch, same position as in seconds; NULL when the import named none';

INSERT INTO attendance.punch_month SELECT employee_id, month, seconds, device_sn FROM attendance.punch_month_unpartitioned;
DROP TABLE attendance.punch_month_unpartitioned;

-- One row per punch, as before, for reports and ad-hoc SQL.
CREATE VIEW attendance.punch AS
SELECT m.employee_id, m.month + make_interval(secs => p.second) AS punched_at, p.device_sn
FROM attendance.punch_month m
CROSS JOIN LATERAL unnest(m.seconds, m.device_sn) AS p(second, device_sn);
