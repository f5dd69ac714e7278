-- Registry search: "name contains" (trigram GIN on lower(name)) and "NIP starts with" (pattern btree).
-- pg_trgm ships with PostgreSQL's contrib; where a server lacks it the search still works, only slower.
CREATE INDEX IF NOT EXISTS employee_nip_pattern_ix ON employee.employee (nip text_pattern_ops);

DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXECUTE 'CREATE INDEX IF NOT EXISTS employee_name_trgm_ix ON employee.employee USING gin (lower(name) gin_trgm_ops)';
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm is not available (%): registry name search runs without a trigram index', SQLERRM;
END $$;
