package id.merit.performance.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.performance.SkpPredicate;
import id.merit.performance.rules.DistributionCurve;
import id.merit.performance.rules.DistributionCurve.OrgPredicate;
import id.merit.performance.rules.RaterLeniency;
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
import org.springframework.beans.factory.annotation.Value;
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

    /** One rater's ratings of the year within a top-level OPD, against the OPD's and the regency's shares. */
    public record Rater(String username, String nip, String name, long evaluations, RaterLeniency.Counts counts,
                        RaterLeniency.Verdict againstOpd, RaterLeniency.Verdict againstRegency) {
    }

    /** A top-level OPD with the raters who rated its staff (empty when no one has rated through Merit). */
    public record RaterGroup(String opdCode, String opdName, RaterLeniency.Counts counts, List<Rater> raters) {
    }

    /** The raters of a year, per top-level OPD in scope, with the regency's shares as the common reference. */
    public record Raters(RaterLeniency.Counts regency, RaterLeniency.Parameters parameters, List<RaterGroup> groups) {
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

    // each evaluation rated in Merit (source RATING; imported predicates have no rater) counts two ratings: results and
    // behaviour. Grouped by the top-level OPD of the rated employee and the account that saved the ratings last.
    private static final String RATERS = """
            WITH RECURSIVE sub (root_id, opd_id) AS (
                SELECT id, id FROM orgunit.opd WHERE parent_id IS NULL
                UNION ALL
                SELECT s.root_id, c.id FROM sub s JOIN orgunit.opd c ON c.parent_id = s.opd_id
            )
            SELECT s.root_id, v.rated_by, max(v.rater_nip), max(r.name), count(*),
                   sum((v.results_rating = 'ABOVE')::int + (v.behaviour_rating = 'ABOVE')::int),
                   sum((v.results_rating = 'MEETS')::int + (v.behaviour_rating = 'MEETS')::int),
                   sum((v.results_rating = 'BELOW')::int + (v.behaviour_rating = 'BELOW')::int)
              FROM sub s
              JOIN employee.employee e ON e.opd_id = s.opd_id AND e.employee_type IN %s
              JOIN performance.evaluation v ON v.employee_id = e.id AND v.year = ? AND v.period = 'ANNUAL'
                   AND v.source = 'RATING' AND v.rated_by IS NOT NULL AND v.results_rating IS NOT NULL
              LEFT JOIN employee.employee r ON r.nip = v.rater_nip
             GROUP BY s.root_id, v.rated_by
             ORDER BY s.root_id, v.rated_by""".formatted(ComplianceService.ASN_TYPES);

    private final JdbcTemplate jdbc;
    private final OpdQueries opds;
    private final AuditLog audit;
    private final RaterLeniency.Parameters leniency;

    CalibrationService(JdbcTemplate jdbc, OpdQueries opds, AuditLog audit,
                       @Value("${merit.performance.leniency.minimum-ratings:10}") int minimumRatings,
                       @Value("${merit.performance.leniency.deviation-points:20}") int deviationPoints) {
        this.jdbc = jdbc;
        this.opds = opds;
        this.audit = audit;
        this.leniency = new RaterLeniency.Parameters(minimumRatings, deviationPoints);
    }

    /** Every top-level OPD in scope, in tree order. */
    public List<Row> year(int year) {
        Set<Long> visible = visibleOpds();
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

    /**
     * Rater leniency (issue 12 item 7): every top-level OPD in scope with the raters of its staff, each rater's shares of
     * ratings above and below expectation against the OPD's and the regency's. The regency's shares count every OPD,
     * also for an OPD head (a figure, not a record of another OPD).
     */
    public Raters raters(int year) {
        Set<Long> visible = visibleOpds();
        Map<Long, List<Rater>> byOpd = new HashMap<>();
        Map<Long, RaterLeniency.Counts> opdCounts = new HashMap<>();
        RaterLeniency.Counts regency = new RaterLeniency.Counts(0, 0, 0);
        List<Object[]> rows = new ArrayList<>();
        jdbc.query(RATERS, rs -> {
            rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                    new RaterLeniency.Counts(rs.getLong(6), rs.getLong(7), rs.getLong(8))});
        }, year);
        for (Object[] r : rows) {
            RaterLeniency.Counts c = (RaterLeniency.Counts) r[5];
            opdCounts.merge((Long) r[0], c, RaterLeniency.Counts::plus);
            regency = regency.plus(c);
        }
        for (Object[] r : rows) {
            RaterLeniency.Counts c = (RaterLeniency.Counts) r[5];
            byOpd.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new Rater((String) r[1], (String) r[2], (String) r[3], (Long) r[4], c,
                    RaterLeniency.verdict(c, opdCounts.get((Long) r[0]), leniency), RaterLeniency.verdict(c, regency, leniency)));
        }
        List<RaterGroup> groups = new ArrayList<>();
        for (OpdView o : opds.tree()) {
            if (o.parentId() == null && (visible == null || visible.contains(o.id()))) {
                groups.add(new RaterGroup(o.code(), o.name(), opdCounts.getOrDefault(o.id(), new RaterLeniency.Counts(0, 0, 0)),
                        byOpd.getOrDefault(o.id(), List.of())));
            }
        }
        return new Raters(regency, leniency, groups);
    }

    private Set<Long> visibleOpds() {
        CurrentUser user = CurrentUser.require();
        return user.is(Role.OPD_HEAD) ? (user.opdCode() == null ? Set.of() : opds.subtreeIds(user.opdCode())) : null;
    }

    /** How many top-level OPDs in scope had their ratings of the year returned for review (one small query, no counts). */
    public long returnedOpds(int year) {
        Set<Long> visible = visibleOpds();
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
