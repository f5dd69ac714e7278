-- The OPD head's rating workspace saves evaluations with optimistic locking: a version counted up on every change
-- (by the workspace or the import), so that a form opened before someone else's save is refused, not overwritten.
ALTER TABLE performance.evaluation ADD COLUMN version INT NOT NULL DEFAULT 0;
