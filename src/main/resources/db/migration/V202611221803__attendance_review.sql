-- The band an ADMIN/OFFICER last reviewed per employee and year: the recommendations list shows whose band changed since.
CREATE TABLE attendance.band_review (
    employee_id    BIGINT      NOT NULL REFERENCES employee.employee (id) ON DELETE CASCADE,
    year           INT         NOT NULL,
    band           VARCHAR(24) NOT NULL,
    unexcused_days INT         NOT NULL,
    longest_streak INT         NOT NULL,
    reviewed_by    VARCHAR(64) NOT NULL,
    reviewed_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (employee_id, year)
);

-- Bumped by every change that moves attendance figures (imports, excuse decisions, calendar and rule edits), so
-- computed yearly totals can be cached safely across instances.
CREATE TABLE attendance.data_version (
    id      INT    PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO attendance.data_version VALUES (1, 0);
