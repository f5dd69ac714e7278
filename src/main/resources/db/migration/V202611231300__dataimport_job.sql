CREATE SCHEMA IF NOT EXISTS dataimport;

-- Imports started from the upload page run in the background (ImportJobs); any instance can show their progress and
-- result. The instance that runs a job refreshes updated_at every few seconds: a job that falls silent was
-- interrupted (its instance stopped) and is shown as such. The API imports stay synchronous (interchange.md §2).
CREATE TABLE dataimport.import_job (
    id          UUID         PRIMARY KEY,
    kind        VARCHAR(40)  NOT NULL,
    filename    VARCHAR(120) NOT NULL,
    dry_run     BOOLEAN      NOT NULL,
    status      VARCHAR(12)  NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    bytes_total BIGINT       NOT NULL,
    bytes_read  BIGINT       NOT NULL DEFAULT 0,
    rows_written  BIGINT     NOT NULL DEFAULT 0,
    rows_to_write BIGINT     NOT NULL DEFAULT 0,
    result      JSONB,
    created_by  VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    finished_at TIMESTAMPTZ
);
CREATE INDEX import_job_created_by_ix ON dataimport.import_job (created_by, created_at DESC);
