-- The post (orgunit.post.code) a position-history row fills; empty until BKPSDM links it (interchange `positions`
-- optional column post_code). A code, not a foreign key: posts belong to the orgunit module's schema.
ALTER TABLE employee.position_history ADD COLUMN post_code VARCHAR(32);
CREATE INDEX position_history_post_ix ON employee.position_history (post_code) WHERE post_code IS NOT NULL;
