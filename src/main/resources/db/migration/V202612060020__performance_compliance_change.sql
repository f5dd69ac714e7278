-- Issue 12 item 10: the compliance counts (ComplianceService) are cached per year and recomputed only after a change.
-- Every statement that writes one of the tables the counts read draws a number from this sequence (statement-level,
-- so a bulk import costs one call; nextval takes no lock and never waits); the cache keeps the number it was computed
-- at and is dropped when the number moved. A statement still uncommitted while the cache is filled is covered by the
-- cache's time-to-live (ComplianceService.CACHE_TTL).
CREATE SEQUENCE performance.compliance_change;

CREATE FUNCTION performance.compliance_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM nextval('performance.compliance_change');
    RETURN NULL;
END $$;

CREATE TRIGGER compliance_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON performance.evaluation
    FOR EACH STATEMENT EXECUTE FUNCTION performance.compliance_changed();
CREATE TRIGGER compliance_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON performance.period
    FOR EACH STATEMENT EXECUTE FUNCTION performance.compliance_changed();
CREATE TRIGGER compliance_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON performance.opd_deadline
    FOR EACH STATEMENT EXECUTE FUNCTION performance.compliance_changed();
CREATE TRIGGER compliance_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON employee.employee
    FOR EACH STATEMENT EXECUTE FUNCTION performance.compliance_changed();
CREATE TRIGGER compliance_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON employee.position_history
    FOR EACH STATEMENT EXECUTE FUNCTION performance.compliance_changed();
CREATE TRIGGER compliance_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON orgunit.opd
    FOR EACH STATEMENT EXECUTE FUNCTION performance.compliance_changed();
CREATE TRIGGER compliance_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON orgunit.post
    FOR EACH STATEMENT EXECUTE FUNCTION performance.compliance_changed();
CREATE TRIGGER compliance_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON identity.app_user
    FOR EACH STATEMENT EXECUTE FUNCTION performance.compliance_changed();
