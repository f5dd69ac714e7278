package id.merit.performance.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeQueries;
import id.merit.employee.EmployeeRef;
import id.merit.employee.ReportingLines;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.Role;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The SKP plan (PermenPANRB 6/2022, issue 12 item 2) of one employee and year: key results (RHK) with indicators and
 * targets, each optionally cascaded from an RHK of the rater's own plan; the leader's expectations; DRAFT → SUBMITTED →
 * APPROVED or RETURNED with a reason; continuous feedback notes. The rater is the holder of the direct superior post
 * ({@link ReportingLines}); without one, the OPD head (basis OPD_HEAD).
 * <p>Scope: the employee (their own plan), an OPD head (their OPD's staff, {@link EmployeeQueries#canView}), ADMIN and
 * OFFICER (all) see and edit a plan while it is a draft or returned; the rater (by the NIP of their account), the OPD
 * head in scope, ADMIN and OFFICER approve or return it; the rater and the OPD head write feedback.
 */
@Service
@Transactional(readOnly = true)
public class SkpPlanService {

    static final String AUDIT_TYPE = "SKP_PLAN";
    public static final String STALE = "skpplan.stale";

    public enum Status { DRAFT, SUBMITTED, APPROVED, RETURNED }

    public record Person(long id, String nip, String name, long opdId, String opdName) {
    }

    public record Indicator(long id, String indicator, BigDecimal target, String unit) {
    }

    /** One RHK; {@code parentNo}/{@code parentText} name the superior's RHK it is cascaded from (null when none). */
    public record Rhk(long id, int no, String text, Long parentId, Integer parentNo, String parentText, List<Indicator> indicators) {
    }

    public record Feedback(String note, String writtenBy, Instant writtenAt) {
    }

    public record Plan(long id, int year, Status status, String raterBasis, String raterNip, String raterName, String expectations,
                       String returnReason, String decidedBy, Instant decidedAt, String source, int version, List<Rhk> rhk) {
    }

    /** Who rates: the superior post's holder (SUPERIOR, with NIP and name) or the OPD head (OPD_HEAD). */
    public record Rater(String basis, String nip, String name) {
    }

    /** The page: the employee, the plan (null before the first save), the rater, the superior's RHK to cascade from. */
    public record View(Person employee, int year, Plan plan, Rater rater, List<Rhk> superiorRhk, List<Feedback> feedback,
                       boolean self, boolean canEdit, boolean canDecide, boolean canFeedback, boolean decideRole, boolean feedbackRole) {
    }

    /** A line of the list: an employee in scope (or one the caller rates) with the status of their plan. */
    public record Line(String nip, String name, String opdName, Status status, int rhkCount) {
    }

    private final EmployeeQueries employees;
    private final EmployeeDirectory directory;
    private final ReportingLines lines;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    SkpPlanService(EmployeeQueries employees, EmployeeDirectory directory, ReportingLines lines, JdbcTemplate jdbc, AuditLog audit,
                   Clock clock) {
        this.employees = employees;
        this.directory = directory;
        this.lines = lines;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    public void checkYear(int year) {
        if (year < 2000 || year > LocalDate.now(clock).getYear() + 1) {
            throw new NotFoundProblem("performance.rating.noYear", String.valueOf(year));
        }
    }

    // ---- reading

    public View view(String nip, int year) {
        checkYear(year);
        Access a = access(nip, year);
        Plan plan = plan(a.person.id, year).orElse(null);
        Rater rater = plan == null ? rater(nip) : new Rater(plan.raterBasis(), plan.raterNip(), plan.raterName());
        List<Rhk> superior = rater.nip() == null ? List.of()
                : directory.ref(rater.nip()).flatMap(r -> plan(r.id(), year)).map(Plan::rhk).orElse(List.of());
        boolean editable = plan == null || plan.status() == Status.DRAFT || plan.status() == Status.RETURNED;
        boolean submitted = plan != null && plan.status() == Status.SUBMITTED;
        boolean decideRole = a.mayDecide(plan);
        boolean feedbackRole = a.mayFeedback(plan);
        return new View(a.person, year, plan, rater, superior, plan == null ? List.of() : feedback(plan.id()), a.self,
                editable && a.mayEdit, submitted && decideRole, plan != null && feedbackRole, decideRole, feedbackRole);
    }

    /** The approved plan of an employee (for the rating form); empty without one. */
    public Optional<Plan> approved(long employeeId, int year) {
        return plan(employeeId, year).filter(p -> p.status() == Status.APPROVED);
    }

    /** The employees in the caller's scope on {@code page} with their plans, and the plans the caller rates. */
    public List<Line> statusOf(Collection<Long> employeeIds, int year) {
        if (employeeIds.isEmpty()) {
            return List.of();
        }
        return jdbc.query(LINE + " WHERE e.id = ANY (?) ORDER BY e.name, e.nip", (rs, i) -> line(rs), year, employeeIds.toArray(Long[]::new));
    }

    /** The plans whose rater is the current user's NIP (a kepala bidang with an employee account), by name. */
    public List<Line> toRate(int year) {
        String nip = CurrentUser.get().map(CurrentUser::nip).orElse(null);
        if (nip == null) {
            return List.of();
        }
        return jdbc.query(LINE + " WHERE p.rater_nip = ? ORDER BY e.name, e.nip LIMIT 200", (rs, i) -> line(rs), year, nip);
    }

    private static final String LINE = """
            SELECT e.nip, e.name, o.name AS opd_name, p.status,
                   (SELECT count(*) FROM performance.skp_rhk r WHERE r.plan_id = p.id) AS rhk
              FROM employee.employee e JOIN orgunit.opd o ON o.id = e.opd_id
              LEFT JOIN performance.skp_plan p ON p.employee_id = e.id AND p.year = ?""";

    private static Line line(java.sql.ResultSet rs) throws java.sql.SQLException {
        String s = rs.getString("status");
        return new Line(rs.getString("nip"), rs.getString("name"), rs.getString("opd_name"), s == null ? null : Status.valueOf(s),
                rs.getInt("rhk"));
    }

    // ---- changing

    /** Adds an RHK with its first indicator; {@code parentRhkId} must be an RHK of the rater's plan of the year. */
    @Transactional
    public int addRhk(String nip, int year, String text, Long parentRhkId, String indicator, BigDecimal target, String unit) {
        View v = editable(nip, year);
        if (parentRhkId != null && v.superiorRhk().stream().noneMatch(r -> r.id() == parentRhkId)) {
            throw new BusinessProblem("parentRhkId", "skpplan.error.parent");
        }
        long planId = ensurePlan(v);
        Integer no = jdbc.queryForObject("SELECT COALESCE(max(no), 0) + 1 FROM performance.skp_rhk WHERE plan_id = ?", Integer.class, planId);
        if (no > 99) {
            throw new BusinessProblem(null, "skpplan.error.tooMany");
        }
        Long rhkId = jdbc.queryForObject("INSERT INTO performance.skp_rhk (plan_id, no, text, parent_rhk_id) VALUES (?, ?, ?, ?) RETURNING id",
                Long.class, planId, no, text.strip(), parentRhkId);
        jdbc.update("INSERT INTO performance.skp_indicator (rhk_id, indicator, target, unit) VALUES (?, ?, ?, ?)", rhkId, indicator.strip(),
                target, unit.strip());
        touch(planId);
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("rhk_no", no);
        values.put("rhk", text.strip());
        values.put("parent_rhk_id", parentRhkId);
        values.put("indicator", indicator.strip());
        values.put("target", target);
        values.put("unit", unit.strip());
        audit.changed(AuditAction.UPDATE, AUDIT_TYPE, nip + "/" + year, "RHK " + no, null, values);
        return no;
    }

    /** Adds a further indicator to RHK number {@code rhkNo}. */
    @Transactional
    public void addIndicator(String nip, int year, int rhkNo, String indicator, BigDecimal target, String unit) {
        View v = editable(nip, year);
        Rhk rhk = v.plan() == null ? null : v.plan().rhk().stream().filter(r -> r.no() == rhkNo).findFirst().orElse(null);
        if (rhk == null) {
            throw new BusinessProblem("rhkNo", "skpplan.error.noRhk");
        }
        if (rhk.indicators().stream().anyMatch(i -> i.indicator().equalsIgnoreCase(indicator.strip()))) {
            throw new BusinessProblem("indicator", "skpplan.error.duplicateIndicator");
        }
        jdbc.update("INSERT INTO performance.skp_indicator (rhk_id, indicator, target, unit) VALUES (?, ?, ?, ?)", rhk.id(), indicator.strip(),
                target, unit.strip());
        touch(v.plan().id());
        audit.changed(AuditAction.UPDATE, AUDIT_TYPE, nip + "/" + year, "RHK " + rhkNo + ": " + indicator.strip(), null,
                Map.of("indicator", indicator.strip(), "target", target, "unit", unit.strip()));
    }

    /** Removes RHK number {@code rhkNo} (and its indicators) from a draft or returned plan, unless another plan cascades from it. */
    @Transactional
    public void removeRhk(String nip, int year, int rhkNo) {
        View v = editable(nip, year);
        Rhk rhk = v.plan() == null ? null : v.plan().rhk().stream().filter(r -> r.no() == rhkNo).findFirst().orElse(null);
        if (rhk == null) {
            throw new BusinessProblem(null, "skpplan.error.noRhk");
        }
        Integer children = jdbc.queryForObject("SELECT count(*) FROM performance.skp_rhk WHERE parent_rhk_id = ?", Integer.class, rhk.id());
        if (children > 0) {
            throw new BusinessProblem(null, "skpplan.error.cascaded", children);
        }
        jdbc.update("DELETE FROM performance.skp_rhk WHERE id = ?", rhk.id());
        touch(v.plan().id());
        audit.changed(AuditAction.DELETE, AUDIT_TYPE, nip + "/" + year, "RHK " + rhkNo, Map.of("rhk", rhk.text()), null);
    }

    @Transactional
    public void expectations(String nip, int year, String text) {
        View v = editable(nip, year);
        if (v.plan() == null && (text == null || text.isBlank())) {
            return;   // nothing to keep: no empty plan is created
        }
        long planId = ensurePlan(v);
        String before = v.plan() == null ? null : v.plan().expectations();
        String after = text == null || text.isBlank() ? null : text.strip();
        jdbc.update("UPDATE performance.skp_plan SET expectations = ?, updated_at = now(), version = version + 1 WHERE id = ?", after, planId);
        Map<String, Object> old = new HashMap<>();
        old.put("expectations", before);
        Map<String, Object> now = new HashMap<>();
        now.put("expectations", after);
        audit.changed(AuditAction.UPDATE, AUDIT_TYPE, nip + "/" + year, "ekspektasi pimpinan", old, now);
    }

    /** DRAFT/RETURNED → SUBMITTED: at least one RHK, each with an indicator. The rater is determined again. */
    @Transactional
    public void submit(String nip, int year) {
        View v = editable(nip, year);
        if (v.plan() == null || v.plan().rhk().isEmpty()) {
            throw new BusinessProblem(null, "skpplan.error.empty");
        }
        Rater r = rater(nip);
        jdbc.update("""
                UPDATE performance.skp_plan SET status = 'SUBMITTED', submitted_at = ?, rater_basis = ?, rater_nip = ?, rater_name = ?,
                       updated_at = now(), version = version + 1 WHERE id = ?
                """, Timestamp.from(clock.instant()), r.basis(), r.nip(), r.name(), v.plan().id());
        status(nip, year, v.plan().status(), Status.SUBMITTED, null);
    }

    /** SUBMITTED → APPROVED by the rater, the OPD head in scope, ADMIN or OFFICER. */
    @Transactional
    public void approve(String nip, int year) {
        View v = deciding(nip, year);
        jdbc.update("""
                UPDATE performance.skp_plan SET status = 'APPROVED', return_reason = NULL, decided_at = ?, decided_by = ?,
                       updated_at = now(), version = version + 1 WHERE id = ?
                """, Timestamp.from(clock.instant()), CurrentUser.actorName(), v.plan().id());
        status(nip, year, Status.SUBMITTED, Status.APPROVED, null);
    }

    /** SUBMITTED → RETURNED with the reason, for the employee to correct. */
    @Transactional
    public void returnPlan(String nip, int year, String reason) {
        View v = deciding(nip, year);
        jdbc.update("""
                UPDATE performance.skp_plan SET status = 'RETURNED', return_reason = ?, decided_at = ?, decided_by = ?,
                       updated_at = now(), version = version + 1 WHERE id = ?
                """, reason.strip(), Timestamp.from(clock.instant()), CurrentUser.actorName(), v.plan().id());
        status(nip, year, Status.SUBMITTED, Status.RETURNED, reason.strip());
    }

    /** A feedback note (umpan balik berkelanjutan) by the rater or the OPD head; the employee reads it on the plan page. */
    @Transactional
    public void feedback(String nip, int year, String note) {
        View v = view(nip, year);
        if (!v.feedbackRole()) {
            throw new AccessDeniedProblem("only the rater or the OPD head writes feedback");
        }
        if (v.plan() == null) {
            throw new BusinessProblem(null, "skpplan.error.noPlan");
        }
        jdbc.update("INSERT INTO performance.skp_feedback (plan_id, note, written_by, written_at) VALUES (?, ?, ?, ?)", v.plan().id(),
                note.strip(), CurrentUser.actorName(), Timestamp.from(clock.instant()));
        audit.changed(AuditAction.CREATE, "SKP_FEEDBACK", nip + "/" + year, "umpan balik", null, Map.of("note", note.strip()));
    }

    // ---- internals

    private View editable(String nip, int year) {
        View v = view(nip, year);
        if (!v.canEdit()) {
            if (v.plan() != null && (v.plan().status() == Status.SUBMITTED || v.plan().status() == Status.APPROVED)) {
                throw new BusinessProblem(null, "skpplan.error.notEditable");
            }
            throw new AccessDeniedProblem("not allowed to edit this plan");
        }
        return v;
    }

    private View deciding(String nip, int year) {
        View v = view(nip, year);
        if (!v.decideRole()) {
            throw new AccessDeniedProblem("not the rater of this plan");
        }
        if (v.plan() == null || v.plan().status() != Status.SUBMITTED) {
            throw new BusinessProblem(null, "skpplan.error.notSubmitted");
        }
        return v;
    }

    private void status(String nip, int year, Status from, Status to, String reason) {
        Map<String, Object> now = new LinkedHashMap<>();
        now.put("status", to.name());
        if (reason != null) {
            now.put("return_reason", reason);
        }
        audit.changed(AuditAction.UPDATE, AUDIT_TYPE, nip + "/" + year, "SKP plan " + year + ": " + to, Map.of("status", from.name()), now);
    }

    private long ensurePlan(View v) {
        if (v.plan() != null) {
            return v.plan().id();
        }
        Rater r = v.rater();
        jdbc.update("""
                INSERT INTO performance.skp_plan (employee_id, year, rater_basis, rater_nip, rater_name) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (employee_id, year) DO NOTHING
                """, v.employee().id(), v.year(), r.basis(), r.nip(), r.name());
        audit.changed(AuditAction.CREATE, AUDIT_TYPE, v.employee().nip() + "/" + v.year(), "SKP plan " + v.year(), null,
                Map.of("status", Status.DRAFT.name(), "rater_basis", r.basis()));
        return jdbc.queryForObject("SELECT id FROM performance.skp_plan WHERE employee_id = ? AND year = ?", Long.class,
                v.employee().id(), v.year());
    }

    private void touch(long planId) {
        jdbc.update("UPDATE performance.skp_plan SET updated_at = now(), version = version + 1 WHERE id = ?", planId);
    }

    /** The rater by the post catalogue: the direct superior post's holder, else the OPD head. */
    Rater rater(String nip) {
        ReportingLines.Answer a = lines.directSuperior(nip, LocalDate.now(clock));
        return a.found().map(s -> new Rater("SUPERIOR", s.nip(), s.name())).orElse(new Rater("OPD_HEAD", null, null));
    }

    /** What the current user may do with this employee's plan. */
    private record Access(Person person, boolean self, boolean inScope, boolean wide, boolean opdHead, boolean mayEdit, String userNip) {

        boolean isRater(Plan p) {
            return p != null && userNip != null && userNip.equals(p.raterNip());
        }

        boolean mayDecide(Plan p) {
            return wide || (opdHead && inScope) || isRater(p);
        }

        boolean mayFeedback(Plan p) {
            return (opdHead && inScope) || isRater(p);
        }
    }

    private Access access(String nip, int year) {
        CurrentUser u = CurrentUser.require();
        EmployeeRef ref = directory.ref(nip).orElseThrow(() -> new NotFoundProblem("employee.notFound", nip));
        boolean inScope = employees.canView(ref);
        boolean self = u.nip() != null && u.nip().equals(nip);
        boolean wide = u.is(Role.ADMIN, Role.OFFICER);
        boolean opdHead = u.is(Role.OPD_HEAD);
        if (!inScope || u.is(Role.REGENT, Role.ASSESSOR)) {
            // the rater of a plan sees it even outside their own scope (a kepala bidang with an employee account)
            boolean rater = u.nip() != null && Boolean.TRUE.equals(jdbc.queryForObject(
                    "SELECT EXISTS (SELECT 1 FROM performance.skp_plan WHERE employee_id = ? AND year = ? AND rater_nip = ?)",
                    Boolean.class, ref.id(), year, u.nip()));
            if (!rater) {
                throw new AccessDeniedProblem("employee outside scope");
            }
            inScope = false;
        }
        boolean mayEdit = inScope && (self || wide || opdHead);
        Person person = jdbc.queryForObject("""
                SELECT e.id, e.nip, e.name, e.opd_id, o.name FROM employee.employee e JOIN orgunit.opd o ON o.id = e.opd_id WHERE e.id = ?
                """, (rs, i) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5)), ref.id());
        return new Access(person, self, inScope, wide, opdHead, mayEdit, u.nip());
    }

    Optional<Plan> plan(long employeeId, int year) {
        List<Plan> found = jdbc.query("SELECT * FROM performance.skp_plan WHERE employee_id = ? AND year = ?", (rs, i) -> {
            Timestamp decided = rs.getTimestamp("decided_at");
            return new Plan(rs.getLong("id"), rs.getInt("year"), Status.valueOf(rs.getString("status")), rs.getString("rater_basis"),
                    rs.getString("rater_nip"), rs.getString("rater_name"), rs.getString("expectations"), rs.getString("return_reason"),
                    rs.getString("decided_by"), decided == null ? null : decided.toInstant(), rs.getString("source"), rs.getInt("version"),
                    List.of());
        }, employeeId, year);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Plan p = found.get(0);
        return Optional.of(new Plan(p.id(), p.year(), p.status(), p.raterBasis(), p.raterNip(), p.raterName(), p.expectations(),
                p.returnReason(), p.decidedBy(), p.decidedAt(), p.source(), p.version(), rhk(p.id())));
    }

    private List<Rhk> rhk(long planId) {
        Map<Long, List<Indicator>> indicators = new HashMap<>();
        jdbc.query("""
                SELECT i.id, i.rhk_id, i.indicator, i.target, i.unit FROM performance.skp_indicator i
                  JOIN performance.skp_rhk r ON r.id = i.rhk_id WHERE r.plan_id = ? ORDER BY i.id
                """, rs -> {
            indicators.computeIfAbsent(rs.getLong("rhk_id"), k -> new ArrayList<>())
                    .add(new Indicator(rs.getLong("id"), rs.getString("indicator"), rs.getBigDecimal("target"), rs.getString("unit")));
        }, planId);
        return jdbc.query("""
                SELECT r.id, r.no, r.text, r.parent_rhk_id, pr.no AS parent_no, pr.text AS parent_text FROM performance.skp_rhk r
                  LEFT JOIN performance.skp_rhk pr ON pr.id = r.parent_rhk_id WHERE r.plan_id = ? ORDER BY r.no
                """, (rs, i) -> new Rhk(rs.getLong("id"), rs.getInt("no"), rs.getString("text"),
                (Long) rs.getObject("parent_rhk_id", Long.class), (Integer) rs.getObject("parent_no", Integer.class), rs.getString("parent_text"),
                indicators.getOrDefault(rs.getLong("id"), List.of())), planId);
    }

    private List<Feedback> feedback(long planId) {
        return jdbc.query("SELECT note, written_by, written_at FROM performance.skp_feedback WHERE plan_id = ? ORDER BY written_at DESC, id DESC",
                (rs, i) -> new Feedback(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()), planId);
    }
}
