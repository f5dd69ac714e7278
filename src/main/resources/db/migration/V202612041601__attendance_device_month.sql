-- The days each fingerprint device had at least one punch, one row per device and month (rules-defaults.md "No data
-- is not absence": a day is covered for the staff mapped to a device when that device had a punch). Kept by the
-- punch import (PunchStore) in the same transaction as the punches, so that the totals need not read every punch of a
-- shared device to know which days it worked. Bit d−1 of days is set when the device had a punch on day d.
CREATE TABLE attendance.device_month (
    device_sn VARCHAR(64) NOT NULL,
    month     DATE        NOT NULL CHECK (extract(day FROM month) = 1),
    days      INT         NOT NULL,
    PRIMARY KEY (device_sn, month)
);

INSERT INTO attendance.device_month (device_sn, month, days)
SELECT p.device_sn, m.month, bit_or(1 << (p.second / 86400))
FROM attendance.punch_month m
CROSS JOIN LATERAL unnest(m.seconds, m.device_sn) AS p(second, device_sn)
WHERE p.device_sn IS NOT NULL
GROUP BY p.device_sn, m.month;
