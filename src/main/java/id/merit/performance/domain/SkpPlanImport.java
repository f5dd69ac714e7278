package id.merit.performance.domain;

import id.merit.dataimport.ImportRequest;
import id.merit.dataimport.MasterDataImport;
import id.merit.dataimport.RowParser;
import id.merit.employee.EmployeeDirectory;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The {@code skp-plans} import kind (plans kept in e-Kinerja), atomic and idempotent: a plan that does not exist yet is
 * created as APPROVED (approved where it was kept; source IMPORT) with the rater from the post catalogue; each row
 * upserts its RHK (text, cascade parent) and its indicator (target, unit). A row that changes nothing is a duplicate.
 */
@Component
class SkpPlanImport extends MasterDataImport<SkpPlanRowParser.Row> {

    private final EmployeeDirectory employees;
    private final SkpPlanService plans;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<String, SkpPlanService.Rater> raters = new ConcurrentHashMap<>();

    SkpPlanImport(EmployeeDirectory employees, SkpPlanService plans, JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions) {
        super(transactions, () -> {
        });
        this.employees = employees;
        this.plans = plans;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return "skp-plans";
    }

    @Override
    protected List<String> columnList() {
        return SkpPlanRowParser.COLUMNS;
    }

    @Override
    protected RowParser<SkpPlanRowParser.Row> parser(ImportRequest request) {
        raters.clear();
        Map<String, Boolean> known = new HashMap<>();
        return new SkpPlanRowParser(nip -> known.computeIfAbsent(nip, n -> employees.ref(n).isPresent()),
                (nip, year, no) -> Boolean.TRUE.equals(jdbc.queryForObject("""
                        SELECT EXISTS (SELECT 1 FROM performance.skp_rhk r JOIN performance.skp_plan p ON p.id = r.plan_id
                                         JOIN employee.employee e ON e.id = p.employee_id WHERE e.nip = ? AND p.year = ? AND r.no = ?)
                        """, Boolean.class, nip, year, no)),
                LocalDate.now(clock).getYear());
    }

    @Override
    protected Written write(SkpPlanRowParser.Row row) {
        SkpPlanService.Rater rater = raters.computeIfAbsent(row.nip(), plans::rater);
        int plan = jdbc.update("""
                INSERT INTO performance.skp_plan (employee_id, year, status, rater_basis, rater_nip, rater_name, source, decided_at, decided_by)
                SELECT e.id, ?, 'APPROVED', ?, ?, ?, 'IMPORT', now(), 'import' FROM employee.employee e WHERE e.nip = ?
                ON CONFLICT (employee_id, year) DO NOTHING
                """, row.year(), rater.basis(), rater.nip(), rater.name(), row.nip());
        Long planId = jdbc.queryForObject("""
                SELECT p.id FROM performance.skp_plan p JOIN employee.employee e ON e.id = p.employee_id WHERE e.nip = ? AND p.year = ?
                """, Long.class, row.nip(), row.year());
        Long parentId = row.parentNip() == null ? null : jdbc.queryForObject("""
                SELECT r.id FROM performance.skp_rhk r JOIN performance.skp_plan p ON p.id = r.plan_id
                  JOIN employee.employee e ON e.id = p.employee_id WHERE e.nip = ? AND p.year = ? AND r.no = ?
                """, Long.class, row.parentNip(), row.year(), row.parentRhkNo());
        int rhk = jdbc.update("""
                INSERT INTO performance.skp_rhk AS r (plan_id, no, text, parent_rhk_id) VALUES (?, ?, ?, ?)
                ON CONFLICT (plan_id, no) DO UPDATE SET text = EXCLUDED.text, parent_rhk_id = EXCLUDED.parent_rhk_id
                 WHERE (r.text, r.parent_rhk_id) IS DISTINCT FROM (EXCLUDED.text, EXCLUDED.parent_rhk_id)
                """, planId, row.rhkNo(), row.rhk(), parentId);
        Long rhkId = jdbc.queryForObject("SELECT id FROM performance.skp_rhk WHERE plan_id = ? AND no = ?", Long.class, planId, row.rhkNo());
        int indicator = jdbc.update("""
                INSERT INTO performance.skp_indicator AS i (rhk_id, indicator, target, unit) VALUES (?, ?, ?, ?)
                ON CONFLICT (rhk_id, indicator) DO UPDATE SET target = EXCLUDED.target, unit = EXCLUDED.unit
                 WHERE (i.target, i.unit) IS DISTINCT FROM (EXCLUDED.target, EXCLUDED.unit)
                """, rhkId, row.indicator(), row.target(), row.unit());
        if (plan + rhk + indicator == 0) {
            return Written.UNCHANGED;
        }
        jdbc.update("UPDATE performance.skp_plan SET updated_at = now(), version = version + 1 WHERE id = ?", planId);
        return Written.CHANGED;
    }
}
