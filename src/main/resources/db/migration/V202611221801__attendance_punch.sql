-- Fingerprint device users: the PIN of an employee on one device (interchange.md device-users).
CREATE TABLE attendance.device_user (
    device_sn   VARCHAR(64) NOT NULL,
    pin         VARCHAR(32) NOT NULL,
    employee_id BIGINT      NOT NULL REFERENCES employee.employee (id) ON DELETE CASCADE,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (device_sn, pin)
);
CREATE INDEX device_user_employee_ix ON attendance.device_user (employee_id);

-- Punches, local time of the instance's zone; one per employee and second (the same punch from two files counts
-- once). Partitioned by year; no foreign key, so that bulk imports stay fast (employees are never hard-deleted
-- while they have punches: the import resolves every row to an existing employee).
CREATE TABLE attendance.punch (
    employee_id BIGINT    NOT NULL,
    punched_at  TIMESTAMP NOT NULL,
    device_sn   VARCHAR(64),
    PRIMARY KEY (employee_id, punched_at)
) PARTITION BY RANGE (punched_at);

DO $$
BEGIN
    FOR y IN 2015..2035 LOOP
        EXECUTE format('CREATE TABLE attendance.punch_%s PARTITION OF attendance.punch FOR VALUES FROM (%L) TO (%L)',
                       y, make_date(y, 1, 1), make_date(y + 1, 1, 1));
    END LOOP;
END $$;
CREATE TABLE attendance.punch_default PARTITION OF attendance.punch DEFAULT;
