package id.merit.performance.domain;

import id.merit.attendance.AttendanceQueries;
import id.merit.attendance.YearlyAttendance;
import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeQueries;
import id.merit.employee.EmployeeView;
import id.merit.orgunit.OpdQueries;
import id.merit.performance.HonoraryEvaluations;
import id.merit.performance.rules.HonoraryEvaluationPolicy;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.PagedResult;
import id.merit.shared.Role;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The yearly evaluation of honorary (non-ASN) staff with a contract recommendation (issue 12 item 4): the OPD head's
 * list and form (scope: {@link EmployeeQueries#get} for one employee, the OPD subtree for the list; ADMIN and OFFICER
 * see everyone), saving with an attendance snapshot and optimistic locking, the employee page's history and BKPSDM's
 * set-based overview. The form's rules are {@link HonoraryEvaluationPolicy}.
 */
@Service
@Transactional(readOnly = true)
public class HonoraryEvaluationService implements HonoraryEvaluations {

    /** The refusal of a form opened before someone else saved the same evaluation. */
    public static final String STALE = "honorary.error.stale";
    static final String AUDIT_TYPE = "HONORARY_EVALUATION";
    static final String NON_ASN = "('NON_ASN_PHT','NON_ASN_PHL')";
    /** The longest list of UU 20/2023 Pasal 66 warnings the overview shows (the total is always counted). */
    public static final int WARNING_LIMIT = 200;

    /** What the evaluator entered (see {@link HonoraryEvaluationPolicy.Input}) and the two PPPK Paruh Waktu facts. */
    public record Command(Integer duties, String dutiesNotes, Integer conduct, String conductNotes, List<String> competencies,
                          String competencyNotes, String recommendation, String reasons, boolean inBknDatabase,
                          boolean tookSelection2024) {
    }

    /** Attendance figures of the year: live from attendance or the snapshot stored with an evaluation. */
    public record Attendance(int workingDays, int presentDays, int excusedDays, int unexcusedDays, int noDataDays, LocalDate takenOn) {
        static Attendance of(YearlyAttendance y, LocalDate takenOn) {
            return new Attendance(y.workingDays(), y.presentDays(), y.excusedDays(), y.unexcusedDays(), y.noDataDays(), takenOn);
        }
    }

    /** One stored evaluation. */
    public record Evaluation(int year, int duties, String dutiesNotes, int conduct, String conductNotes, List<String> competencies,
                             String competencyNotes, Attendance attendance, String recommendation, String reasons,
                             boolean inBknDatabase, boolean tookSelection2024, String evaluatedBy, int version) {
        public boolean pppkParuhWaktu() {
            return HonoraryEvaluationPolicy.pppkParuhWaktuApplies(inBknDatabase, tookSelection2024);
        }
    }

    /** The form's subject: the employee, whether they are non-ASN, the stored evaluation (or null) and today's attendance. */
    public record Subject(EmployeeView employee, boolean honorary, Evaluation evaluation, Attendance attendance,
                          LocalDate firstPositionStart) {
        public boolean takenOnAfterBan() {
            return HonoraryEvaluationPolicy.takenOnAfterBan(firstPositionStart);
        }
    }

    /** One line of the OPD head's list. */
    public record StaffLine(String nip, String name, String employeeType, String opdName, String recommendation) {
    }

    /** One OPD of the overview: honorary staff by type, evaluations by recommendation. */
    public record OpdRow(String code, String name, long pht, long phl, long evaluated, Map<String, Long> byRecommendation) {
        public long staff() {
            return pht + phl;
        }

        public long count(String recommendation) {
            return byRecommendation.getOrDefault(recommendation, 0L);
        }
    }

    /** A non-ASN taken on after UU 20/2023 (first position start after 31 October 2023). */
    public record BanWarning(String nip, String name, String employeeType, String opdName, LocalDate firstStart) {
    }

    /** BKPSDM's view of a year. */
    public record Overview(int year, List<OpdRow> opds, Map<String, Long> byRecommendation, long staff, long evaluated,
                           Map<String, Long> competencies, long pppkParuhWaktu, List<BanWarning> warnings, long warningTotal) {
    }

    private final EmployeeQueries employees;
    private final EmployeeDirectory directory;
    private final AttendanceQueries attendance;
    private final OpdQueries opds;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final List<String> recommendations;
    private final List<String> skills;

    HonoraryEvaluationService(EmployeeQueries employees, EmployeeDirectory directory,
                              AttendanceQueries attendance, OpdQueries opds, JdbcTemplate jdbc,
                              AuditLog audit, Clock clock,
                              @Value("${merit.honorary.recommendations:CONTINUE,CONTINUE_WITH_COACHING,END}") List<String> recommendations,
                              @Value("${merit.honorary.skills:ADMINISTRATION,IT_OPERATOR,FINANCE,TEACHING,HEALTH,FIELD_TECHNICAL,DRIVER,SECURITY,CLEANING}")
                              List<String> skills) {
        this.employees = employees;
        this.directory = directory;
        this.attendance = attendance;
        this.opds = opds;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.recommendations = recommendations.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        this.skills = skills.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** The configured recommendation codes, in order (labels: message keys honorary.recommendation.CODE). */
    public List<String> recommendations() {
        return recommendations;
    }

    /** The configured skill codes (labels: honorary.skill.CODE). */
    public List<String> skills() {
        return skills;
    }

    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    /** A year an evaluation may be entered or read for: 2000 up to the current one. */
    public void checkYear(int year) {
        if (year < 2000 || year > currentYear()) {
            throw new NotFoundProblem("honorary.error.noYear", String.valueOf(year));
        }
    }

    /** Scoped (NotFoundProblem / AccessDeniedProblem): the employee with their evaluation and today's attendance figures. */
    public Subject subject(String nip, int year) {
        checkYear(year);
        EmployeeView e = employees.get(nip);
        boolean honorary = !e.employeeType().isAsn();
        Attendance live = honorary ? Attendance.of(attendance.totals(nip, year, null), LocalDate.now(clock)) : null;
        return new Subject(e, honorary, find(e.id(), year).orElse(null), live,
                directory.firstPositionStarts(List.of(e.id())).get(e.id()));
    }

    /**
     * Saves the evaluation of {@code year} with a fresh attendance snapshot. {@code expectedVersion} is the version the form
     * was opened with (null for a first evaluation); anything else stored now refuses with {@link #STALE}. A form the
     * policy refuses gives a BusinessProblem naming the first field.
     */
    @Transactional
    public Evaluation save(String nip, int year, Command c, Integer expectedVersion) {
        Subject s = subject(nip, year);
        if (!s.honorary()) {
            throw new BusinessProblem(null, "honorary.error.notHonorary");
        }
        List<HonoraryEvaluationPolicy.Refusal> refusals = HonoraryEvaluationPolicy.check(input(c), recommendations, skills);
        if (!refusals.isEmpty()) {
            throw new BusinessProblem(refusals.get(0).field(), refusals.get(0).code());
        }
        Attendance a = s.attendance();
        String[] ticked = c.competencies() == null ? new String[0] : c.competencies().stream().distinct().toArray(String[]::new);
        Object[] values = {c.duties(), trim(c.dutiesNotes()), c.conduct(), trim(c.conductNotes()), ticked, trim(c.competencyNotes()),
                a.workingDays(), a.presentDays(), a.excusedDays(), a.unexcusedDays(), a.noDataDays(), a.takenOn(),
                c.recommendation().strip(), c.reasons().strip(), c.inBknDatabase(), c.tookSelection2024(), CurrentUser.actorName()};
        int n;
        if (expectedVersion == null) {
            n = jdbc.update("""
                    INSERT INTO performance.honorary_evaluation (duties_score, duties_notes, conduct_score, conduct_notes, competencies,
                           competency_notes, working_days, present_days, excused_days, unexcused_days, no_data_days, attendance_taken_on,
                           recommendation, reasons, in_bkn_database, took_selection_2024, evaluated_by, employee_id, year)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (employee_id, year) DO NOTHING
                    """, append(values, s.employee().id(), year));
        } else {
            n = jdbc.update("""
                    UPDATE performance.honorary_evaluation SET duties_score = ?, duties_notes = ?, conduct_score = ?, conduct_notes = ?,
                           competencies = ?, competency_notes = ?, working_days = ?, present_days = ?, excused_days = ?,
                           unexcused_days = ?, no_data_days = ?, attendance_taken_on = ?, recommendation = ?, reasons = ?,
                           in_bkn_database = ?, took_selection_2024 = ?, evaluated_by = ?, updated_at = now(), version = version + 1
                     WHERE employee_id = ? AND year = ? AND version = ?
                    """, append(values, s.employee().id(), year, expectedVersion));
        }
        if (n == 0) {
            throw new BusinessProblem(null, STALE);
        }
        Evaluation saved = find(s.employee().id(), year).orElseThrow();
        audit.changed(s.evaluation() == null ? AuditAction.CREATE : AuditAction.UPDATE, AUDIT_TYPE, nip + "/" + year,
                "Evaluasi non-ASN " + year + ": " + saved.recommendation(), s.evaluation() == null ? null : auditValues(s.evaluation()),
                auditValues(saved));
        return saved;
    }

    @Override
    public Map<String, Long> recommendationCounts(int year) {
        Map<String, Long> counts = new LinkedHashMap<>();
        recommendations.forEach(r -> counts.put(r, 0L));
        jdbc.query("""
                SELECT h.recommendation, count(*) FROM performance.honorary_evaluation h JOIN employee.employee e ON e.id = h.employee_id
                 WHERE h.year = ? AND e.employee_type IN %s GROUP BY h.recommendation""".formatted(NON_ASN),
                rs -> { counts.merge(rs.getString(1), rs.getLong(2), Long::sum); }, year);
        return counts;
    }

    @Override
    public boolean anyRecorded() {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM performance.honorary_evaluation)", Boolean.class));
    }

    @Override
    @Transactional
    public int recordAll(int year, List<Entry> entries, String evaluatedBy) {
        checkYear(year);
        Map<String, YearlyAttendance> totals = new java.util.HashMap<>();
        for (YearlyAttendance y : attendance.totalsForAll(year, null)) {
            totals.put(y.nip(), y);
        }
        LocalDate today = LocalDate.now(clock);
        List<Object[]> rows = new ArrayList<>();
        for (Entry e : entries) {
            YearlyAttendance a = totals.get(e.nip());
            boolean valid = HonoraryEvaluationPolicy.check(new HonoraryEvaluationPolicy.Input(e.duties(), e.conduct(), e.recommendation(),
                    e.reasons(), e.competencies(), null), recommendations, skills).isEmpty();
            if (a == null || a.employeeType().isAsn() || !valid) {
                continue;
            }
            rows.add(new Object[] {a.employeeId(), year, e.duties(), e.conduct(), e.competencies().toArray(String[]::new), a.workingDays(),
                    a.presentDays(), a.excusedDays(), a.unexcusedDays(), a.noDataDays(), today, e.recommendation(), e.reasons().strip(),
                    evaluatedBy});
        }
        int[][] done = jdbc.batchUpdate("""
                INSERT INTO performance.honorary_evaluation (employee_id, year, duties_score, conduct_score, competencies, working_days,
                       present_days, excused_days, unexcused_days, no_data_days, attendance_taken_on, recommendation, reasons, evaluated_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (employee_id, year) DO NOTHING
                """, rows, 500, (ps, r) -> {
            for (int i = 0; i < r.length; i++) {
                if (r[i] instanceof String[] arr) {
                    ps.setArray(i + 1, ps.getConnection().createArrayOf("varchar", arr));
                } else {
                    ps.setObject(i + 1, r[i]);
                }
            }
        });
        int stored = Arrays.stream(done).flatMapToInt(Arrays::stream).map(n -> Math.max(n, 0)).sum();
        audit.event(AuditAction.IMPORT, AUDIT_TYPE, String.valueOf(year), "Evaluasi non-ASN " + year + ": " + stored + " disimpan");
        return stored;
    }

    /** The non-ASN staff in the caller's scope (OPD head: their OPD and sub-units) with their recommendation of the year. */
    public PagedResult<StaffLine> staff(int year, String opdCode, String q, int page, int size) {
        checkYear(year);
        CurrentUser user = CurrentUser.require();
        StringBuilder where = new StringBuilder(" WHERE e.employee_type IN " + NON_ASN);
        List<Object> args = new ArrayList<>();
        Set<Long> opdIds = null;
        if (user.is(Role.OPD_HEAD)) {
            opdIds = user.opdCode() == null ? Set.of() : opds.subtreeIds(user.opdCode());
        } else if (!user.is(Role.ADMIN, Role.OFFICER)) {
            throw new AccessDeniedProblem("honorary staff list");
        } else if (opdCode != null) {
            opdIds = opds.subtreeIds(opdCode);
        }
        if (opdIds != null) {
            where.append(" AND e.opd_id = ANY (?)");
            args.add(opdIds.toArray(Long[]::new));
        }
        if (q != null) {
            where.append(" AND (e.name ILIKE ? OR e.nip LIKE ?)");
            args.add("%" + q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            args.add(q.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        Long total = jdbc.queryForObject("SELECT count(*) FROM employee.employee e" + where, Long.class, args.toArray());
        List<Object> pageArgs = new ArrayList<>();
        pageArgs.add(year);
        pageArgs.addAll(args);
        pageArgs.add(size);
        pageArgs.add((long) page * size);
        List<StaffLine> lines = jdbc.query("""
                SELECT e.nip, e.name, e.employee_type, o.name AS opd_name, h.recommendation
                  FROM employee.employee e JOIN orgunit.opd o ON o.id = e.opd_id
                  LEFT JOIN performance.honorary_evaluation h ON h.employee_id = e.id AND h.year = ?
                """ + where + " ORDER BY e.name, e.nip LIMIT ? OFFSET ?",
                (rs, i) -> new StaffLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5)),
                pageArgs.toArray());
        return new PagedResult<>(lines, page, size, total == null ? 0 : total);
    }

    /** Every evaluation of one employee, newest year first (the employee page is already scope-checked). */
    public List<Evaluation> history(long employeeId) {
        return jdbc.query(SELECT + " WHERE employee_id = ? ORDER BY year DESC", HonoraryEvaluationService::evaluation, employeeId);
    }

    /** Internal: the earliest position start of an employee (for the UU 20/2023 Pasal 66 note on their page). */
    public LocalDate firstPositionStart(long employeeId) {
        return directory.firstPositionStarts(List.of(employeeId)).get(employeeId);
    }

    /**
     * BKPSDM's overview of a year, set-based: honorary staff per OPD and type, evaluations per OPD and recommendation,
     * ticked competencies, PPPK Paruh Waktu cases and the UU 20/2023 Pasal 66 warnings (non-ASN whose first position
     * starts after 31 October 2023).
     */
    public Overview overview(int year) {
        checkYear(year);
        Map<Long, OpdRow> rows = new LinkedHashMap<>();
        jdbc.query("""
                SELECT o.id, o.code, o.name,
                       count(*) FILTER (WHERE e.employee_type = 'NON_ASN_PHT') AS pht,
                       count(*) FILTER (WHERE e.employee_type = 'NON_ASN_PHL') AS phl
                  FROM employee.employee e JOIN orgunit.opd o ON o.id = e.opd_id
                 WHERE e.employee_type IN %s
                 GROUP BY o.id, o.code, o.name ORDER BY count(*) DESC, o.name
                """.formatted(NON_ASN), rs -> {
            rows.put(rs.getLong(1), new OpdRow(rs.getString(2), rs.getString(3), rs.getLong(4), rs.getLong(5), 0, new LinkedHashMap<>()));
        });
        Map<String, Long> byRecommendation = new LinkedHashMap<>();
        recommendations.forEach(r -> byRecommendation.put(r, 0L));
        long[] evaluated = {0};
        jdbc.query("""
                SELECT e.opd_id, h.recommendation, count(*) FROM performance.honorary_evaluation h
                  JOIN employee.employee e ON e.id = h.employee_id
                 WHERE h.year = ? AND e.employee_type IN %s GROUP BY e.opd_id, h.recommendation
                """.formatted(NON_ASN), rs -> {
            OpdRow row = rows.get(rs.getLong(1));
            long n = rs.getLong(3);
            if (row != null) {
                row.byRecommendation().merge(rs.getString(2), n, Long::sum);
                rows.put(rs.getLong(1), new OpdRow(row.code(), row.name(), row.pht(), row.phl(), row.evaluated() + n, row.byRecommendation()));
            }
            byRecommendation.merge(rs.getString(2), n, Long::sum);
            evaluated[0] += n;
        }, year);
        Map<String, Long> competencies = new LinkedHashMap<>();
        jdbc.query("""
                SELECT skill, count(*) FROM performance.honorary_evaluation h, unnest(h.competencies) AS skill
                 WHERE h.year = ? GROUP BY skill ORDER BY count(*) DESC, skill
                """, rs -> {
            competencies.put(rs.getString(1), rs.getLong(2));
        }, year);
        Long pppk = jdbc.queryForObject("""
                SELECT count(*) FROM performance.honorary_evaluation WHERE year = ? AND in_bkn_database AND took_selection_2024
                """, Long.class, year);
        String banned = """
                FROM employee.employee e JOIN orgunit.opd o ON o.id = e.opd_id
                JOIN (SELECT employee_id, min(start_date) AS first_start FROM employee.position_history GROUP BY employee_id) p
                  ON p.employee_id = e.id
                WHERE e.employee_type IN %s AND p.first_start > ?
                """.formatted(NON_ASN);
        Long warningTotal = jdbc.queryForObject("SELECT count(*) " + banned, Long.class, HonoraryEvaluationPolicy.NON_ASN_BAN);
        List<BanWarning> warnings = jdbc.query("SELECT e.nip, e.name, e.employee_type, o.name, p.first_start " + banned
                        + " ORDER BY p.first_start DESC, e.name LIMIT " + WARNING_LIMIT,
                (rs, i) -> new BanWarning(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class)), HonoraryEvaluationPolicy.NON_ASN_BAN)
                .stream().filter(w -> HonoraryEvaluationPolicy.takenOnAfterBan(w.firstStart())).toList();
        long staff = rows.values().stream().mapToLong(OpdRow::staff).sum();
        return new Overview(year, List.copyOf(rows.values()), byRecommendation, staff, evaluated[0], competencies,
                pppk == null ? 0 : pppk, warnings, warningTotal == null ? 0 : warningTotal);
    }

    private static final String SELECT = """
            SELECT year, duties_score, duties_notes, conduct_score, conduct_notes, competencies, competency_notes, working_days,
                   present_days, excused_days, unexcused_days, no_data_days, attendance_taken_on, recommendation, reasons,
                   in_bkn_database, took_selection_2024, evaluated_by, version FROM performance.honorary_evaluation
            """;

    private Optional<Evaluation> find(long employeeId, int year) {
        return jdbc.query(SELECT + " WHERE employee_id = ? AND year = ?", HonoraryEvaluationService::evaluation, employeeId, year)
                .stream().findFirst();
    }

    private static Evaluation evaluation(ResultSet rs, int row) throws SQLException {
        Array arr = rs.getArray("competencies");
        List<String> competencies = arr == null ? List.of() : Arrays.asList((String[]) arr.getArray());
        return new Evaluation(rs.getInt("year"), rs.getInt("duties_score"), rs.getString("duties_notes"), rs.getInt("conduct_score"),
                rs.getString("conduct_notes"), competencies, rs.getString("competency_notes"),
                new Attendance(rs.getInt("working_days"), rs.getInt("present_days"), rs.getInt("excused_days"), rs.getInt("unexcused_days"),
                        rs.getInt("no_data_days"), rs.getObject("attendance_taken_on", LocalDate.class)),
                rs.getString("recommendation"), rs.getString("reasons"), rs.getBoolean("in_bkn_database"),
                rs.getBoolean("took_selection_2024"), rs.getString("evaluated_by"), rs.getInt("version"));
    }

    static HonoraryEvaluationPolicy.Input input(Command c) {
        String notes = c.dutiesNotes() == null ? null : c.dutiesNotes();
        return new HonoraryEvaluationPolicy.Input(c.duties(), c.conduct(), c.recommendation(), c.reasons(),
                c.competencies() == null ? List.of() : c.competencies(), notes);
    }

    private static Map<String, Object> auditValues(Evaluation e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("duties", e.duties());
        m.put("conduct", e.conduct());
        m.put("competencies", String.join(",", e.competencies()));
        m.put("recommendation", e.recommendation());
        m.put("reasons", e.reasons());
        m.put("unexcused_days", e.attendance().unexcusedDays());
        m.put("pppk_paruh_waktu", e.pppkParuhWaktu());
        return m;
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Object[] append(Object[] head, Object... tail) {
        Object[] out = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }
}
