package id.merit.performance.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.performance.SkpPredicate;
import id.merit.performance.rules.DistributionCurve;
import id.merit.performance.rules.DistributionCurve.OrgPredicate;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.Role;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calibration of a year's ANNUAL SKP predicates (issue 12 item 7): for every top-level OPD with its sub-units, the
 * distribution of its ASN staff's predicates against the cap its organisational predicate sets
 * ({@link DistributionCurve}), the organisational predicate entered by BKPSDM with its basis (the OPD's achievement of its
 * Perjanjian Kinerja), and BKPSDM's returns of the OPD's ratings for review with their reasons. Only reports and
 * records: no rating is changed. BKPSDM and the regent see every OPD, an OPD head their own.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT','OPD_HEAD')")
public class CalibrationService {
    static final String AUDIT_PREDICATE = "OPD_PREDICATE";
    static final String AUDIT_RETURN = "CALIBRATION_RETURN";
    private static final int MAX_BASIS = 500;
    private static final int MAX_REASON = 1000;

    /** A top-level OPD rolled up with its sub-units: counts by predicate, its organisational predicate and the checks. */
    public record Row(String opdCode, String opdName, Map<SkpPredicate, Long> counts, OrgPredicate org, String basis,
                      List<DistributionCurve.Check> checks, List<Return> returns) {
        public long rated() {
            return counts.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Null when no organisational predicate is recorded (nothing to check against). */
        public Boolean withinCurve() {
            return org == null ? null : checks.stream().allMatch(DistributionCurve.Check::met);
        }
    }

    /** One return of an OPD's ratings for review. */
    public record Return(String reason, String by, OffsetDateTime at) {
    }

    private static final String COUNTS = """
            WITH RECURSIVE sub (root_id, opd_id) AS (
                SELECT id, id FROM orgunit.opd WHERE parent_id IS NULL
                UNION ALL
                SELECT s.root_id, c.id FROM sub s JOIN orgunit.opd c ON c.parent_id = s.opd_id
            )
            SELECT s.root_id, v.predicate, count(*)
              FROM sub s
              JOIN employee.employee e ON e.opd_id = s.opd_id AND e.employee_type IN %s
              JOIN performance.evaluation v ON v.employee_id = e.id AND v.year = ? AND v.period = 'ANNUAL'
             GROUP BY s.root_id, v.predicate""".formatted(ComplianceService.ASN_TYPES);

    private final JdbcTemplate jdbc;
    private final OpdQueries opds;
    private final AuditLog audit;

    CalibrationService(JdbcTemplate jdbc, OpdQueries opds, AuditLog audit) {
        this.jdbc = jdbc;
        this.opds = opds;
        this.audit = audit;
    }

    /** Every top-level OPD in scope, in tree order. */
    public List<Row> year(int year) {
        CurrentUser user = CurrentUser.require();
        Set<Long> visible = user.is(Role.OPD_HEAD) ? (user.opdCode() == null ? Set.of() : opds.subtreeIds(user.opdCode())) : null;
        Map<Long, Map<SkpPredicate, Long>> counts = new HashMap<>();
        jdbc.query(COUNTS, rs -> {
            counts.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(SkpPredicate.class)).put(SkpPredicate.valueOf(rs.getString(2)), rs.getLong(3));
        }, year);
        Map<Long, Object[]> predicates = new HashMap<>();
        jdbc.query("SELECT opd_id, predicate, basis FROM performance.opd_predicate WHERE year = ?",
                rs -> { predicates.put(rs.getLong(1), new Object[] {OrgPredicate.valueOf(rs.getString(2)), rs.getString(3)}); }, year);
        Map<Long, List<Return>> returns = new HashMap<>();
        jdbc.query("SELECT opd_id, reason, returned_by, returned_at FROM performance.calibration_return WHERE year = ? ORDER BY id DESC",
                rs -> { returns.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Return(rs.getString(2), rs.getString(3),
                        rs.getObject(4, OffsetDateTime.class))); }, year);
        List<Row> rows = new ArrayList<>();
        for (OpdView o : opds.tree()) {
            if (o.parentId() != null || visible != null && !visible.contains(o.id())) {
                continue;
            }
            Map<SkpPredicate, Long> c = new LinkedHashMap<>();
            for (SkpPredicate p : SkpPredicate.values()) {
                c.put(p, counts.getOrDefault(o.id(), Map.of()).getOrDefault(p, 0L));
            }
            Object[] recorded = predicates.get(o.id());
            OrgPredicate org = recorded == null ? null : (OrgPredicate) recorded[0];
            rows.add(new Row(o.code(), o.name(), c, org, recorded == null ? null : (String) recorded[1],
                    org == null ? List.of() : DistributionCurve.check(org, c), returns.getOrDefault(o.id(), List.of())));
        }
        return rows;
    }

    /** How many top-level OPDs in scope had their ratings of the year returned for review (one small query, no counts). */
    public long returnedOpds(int year) {
        CurrentUser user = CurrentUser.require();
        Set<Long> visible = user.is(Role.OPD_HEAD) ? (user.opdCode() == null ? Set.of() : opds.subtreeIds(user.opdCode())) : null;
        List<Long> returned = jdbc.queryForList("SELECT DISTINCT opd_id FROM performance.calibration_return WHERE year = ?", Long.class, year);
        return returned.stream().filter(id -> visible == null || visible.contains(id)).count();
    }

    /** BKPSDM records (or replaces) a top-level OPD's organisational predicate of the year with its basis. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public void setPredicate(int year, String opdCode, OrgPredicate predicate, String basis) {
        OpdView opd = topLevel(opdCode);
        String text = required(basis, "basis", MAX_BASIS);
        if (predicate == null) {
            throw new BusinessProblem("predicate", "performance.calibration.error.predicate");
        }
        Map<String, Object> before = jdbc.query("SELECT predicate, basis FROM performance.opd_predicate WHERE year = ? AND opd_id = ?",
                rs -> rs.next() ? snapshot(rs.getString(1), rs.getString(2)) : null, year, opd.id());
        jdbc.update("""
                INSERT INTO performance.opd_predicate (year, opd_id, predicate, basis, recorded_by) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (year, opd_id) DO UPDATE SET predicate = EXCLUDED.predicate, basis = EXCLUDED.basis,
                    recorded_by = EXCLUDED.recorded_by, recorded_at = now()""", year, opd.id(), predicate.name(), text, CurrentUser.actorName());
        audit.changed(before == null ? AuditAction.CREATE : AuditAction.UPDATE, AUDIT_PREDICATE, year + "/" + opd.code(),
                "Predikat kinerja organisasi " + opd.name() + " " + year, before, snapshot(predicate.name(), text));
    }

    /** BKPSDM returns a top-level OPD's ratings of the year for review, with a reason; the ratings themselves stay. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public void returnForReview(int year, String opdCode, String reason) {
        OpdView opd = topLevel(opdCode);
        String text = required(reason, "reason", MAX_REASON);
        jdbc.update("INSERT INTO performance.calibration_return (year, opd_id, reason, returned_by) VALUES (?, ?, ?, ?)",
                year, opd.id(), text, CurrentUser.actorName());
        audit.changed(AuditAction.CREATE, AUDIT_RETURN, year + "/" + opd.code(), "Penilaian SKP " + opd.name() + " " + year
                + " dikembalikan untuk ditinjau", null, Map.of("reason", text));
    }

    private OpdView topLevel(String code) {
        OpdView opd = opds.byCode(code).orElseThrow(() -> new NotFoundProblem("opd.error.notFound", code));
        if (opd.parentId() != null) {
            throw new BusinessProblem("opd", "performance.calibration.error.topLevel", code);
        }
        if (!CurrentUser.require().is(Role.ADMIN, Role.OFFICER)) {
            throw new AccessDeniedProblem("calibration is BKPSDM's");
        }
        return opd;
    }

    private static String required(String value, String field, int max) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            throw new BusinessProblem(field, "performance.calibration.error.required");
        }
        if (v.indexOf('<') >= 0 || v.indexOf('>') >= 0) {
            throw new BusinessProblem(field, "form.error.noHtml");
        }
        if (v.length() > max) {
            throw new BusinessProblem(field, "performance.calibration.error.tooLong", max);
        }
        return v;
    }

    private static Map<String, Object> snapshot(String predicate, String basis) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("predicate", predicate);
        m.put("basis", basis);
        return m;
    }
}
