-- Punches one row per employee and month instead of one keyed row per punch (docs/performance.md, "Attendance
-- import"): a regency's year is ~120,000 short rows instead of ~5 million index entries, so a year's import costs
-- about what a raw COPY of the file costs. A punch is still one employee at one second; the import keeps the
-- seconds of a month ascending and distinct and serialises writers with an advisory lock (PunchStore).
CREATE TABLE attendance.punch_month (
    employee_id BIGINT        NOT NULL,
    month       DATE          NOT NULL CHECK (extract(day FROM month) = 1),
    seconds     INT[]         NOT NULL,
    device_sn   VARCHAR(64)[] NOT NULL,
    PRIMARY KEY (employee_id, month),
    CHECK (cardinality(seconds) > 0 AND cardinality(seconds) = cardinality(device_sn))
) PARTITION BY RANGE (month);

-- One partition a year, as the punches had (mission.md "Scale it must serve": partitioned attendance tables).
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

INSERT INTO attendance.punch_month (employee_id, month, seconds, device_sn)
SELECT employee_id, date_trunc('month', punched_at)::date,
       array_agg(extract(epoch FROM punched_at - date_trunc('month', punched_at))::int ORDER BY punched_at),
       array_agg(device_sn ORDER BY punched_at)
FROM attendance.punch
GROUP BY employee_id, date_trunc('month', punched_at);

DROP TABLE attendance.punch;

-- One row per punch, as before, for reports and ad-hoc SQL.
CREATE VIEW attendance.punch AS
SELECT m.employee_id, m.month + make_interval(secs => p.second) AS punched_at, p.device_sn
FROM attendance.punch_month m
CROSS JOIN LATERAL unnest(m.seconds, m.device_sn) AS p(second, device_sn);
