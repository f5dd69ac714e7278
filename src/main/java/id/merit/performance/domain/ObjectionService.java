package id.merit.performance.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeQueries;
import id.merit.employee.ReportingLines;
import id.merit.performance.SkpPeriod;
import id.merit.performance.SkpPredicate;
import id.merit.performance.SkpRating;
import id.merit.performance.rules.ObjectionPolicy;
import id.merit.performance.rules.PredicateMatrix;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.Formats;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
 * Objections (keberatan) to an ANNUAL SKP rating, PP 30/2019 Ps 59: the employee files one with reasons within the
 * window of {@link ObjectionPolicy}; it goes up the line to the superior of the rater (pejabat penilai kinerja) found by
 * {@link ReportingLines}, or to BKPSDM when no such superior is known (the reason is kept); the superior decides with
 * reasons, and the decision is final (Ps 59(4)). A granted objection sets the superior's ratings on the evaluation and
 * the predicate is derived again by {@link PredicateMatrix}; the original ratings stay on the objection and in the audit
 * trail. BKPSDM (ADMIN, OFFICER) may record a decision signed on paper. One objection per evaluation may be open.
 */
@Service
@Transactional(readOnly = true)
public class ObjectionService {
    private final org.springframework.context.ApplicationEventPublisher events;

    static final String AUDIT_TYPE = "SKP_OBJECTION";

    /** One objection with the employee it concerns. {@code status} is OPEN, GRANTED or REJECTED. */
    public record Objection(long id, long evaluationId, String nip, String employeeName, int year, LocalDate receiptDate,
                            LocalDate deadline, LocalDate filedOn, Instant filedAt, String filedBy, String reasons, String raterNip,
                            String routedTo, String routingReason, String deciderNip, String deciderName, String deciderPost,
                            SkpRating originalResults, SkpRating originalBehaviour, SkpPredicate originalPredicate, String status,
                            String decisionReasons, SkpRating newResults, SkpRating newBehaviour, SkpPredicate newPredicate,
                            Instant decidedAt, String decidedBy, int version) {
        public boolean open() {
            return "OPEN".equals(status);
        }

        public boolean routedToBkpsdm() {
            return "BKPSDM".equals(routedTo);
        }
    }

    /** A decision: {@code granted} with the superior's new ratings (required then), and the reasons. */
    public record Decision(boolean granted, String reasons, SkpRating results, SkpRating behaviour, int version) {
    }

    private final JdbcTemplate jdbc;
    private final EmployeeQueries employees;
    private final EmployeeDirectory directory;
    private final ReportingLines lines;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectionSettings settings;
    private final FollowUpService followUps;
    private final Formats fmt;

    ObjectionService(JdbcTemplate jdbc, EmployeeQueries employees, EmployeeDirectory directory, ReportingLines lines, AuditLog audit, Clock clock,
                     ObjectionSettings settings, FollowUpService followUps, Formats fmt, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.directory = directory;
        this.fmt = fmt;
        this.jdbc = jdbc;
        this.employees = employees;
        this.lines = lines;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
        this.followUps = followUps;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The objection window of an evaluation as of today. */
    public ObjectionPolicy.Window window(SkpEntry entry) {
        return ObjectionPolicy.window(entry.receipt(clock.getZone()), today(), settings.parameters());
    }

    /** The latest objection of each of these evaluations, by evaluation id (pages already scope-checked). */
    public Map<Long, Objection> forEvaluations(Collection<Long> evaluationIds) {
        Map<Long, Objection> out = new HashMap<>();
        if (!evaluationIds.isEmpty()) {
            jdbc.query(SELECT + " WHERE o.evaluation_id = ANY (?) ORDER BY o.id", rs -> {
                Objection o = objection(rs);
                out.put(o.evaluationId(), o);
            }, (Object) evaluationIds.toArray(Long[]::new));
        }
        return out;
    }

    /**
     * The objection of an employee's ANNUAL evaluation of {@code year} for its page: whoever may see the employee, and
     * also the superior it is routed to (whose own scope may not cover the employee). Empty when none was filed.
     * NotFoundProblem for an unknown employee or year; AccessDeniedProblem for anyone else.
     */
    public Optional<Objection> viewable(String nip, int year) {
        directory.ref(nip).orElseThrow(() -> new NotFoundProblem("employee.error.notFound", nip));
        Optional<Objection> latest = latest(nip, year);
        if (!latest.map(this::mayDecide).orElse(false)) {
            employees.get(nip);   // scope: EMPLOYEE only themself, OPD_HEAD their OPD
        }
        return latest;
    }

    /** Whether the current user decides this (open or closed) objection: its superior by NIP, or BKPSDM recording it. */
    public boolean mayDecide(Objection o) {
        return CurrentUser.get().map(u -> u.is(Role.ADMIN, Role.OFFICER)
                || (u.nip() != null && u.nip().equals(o.deciderNip()) && !u.nip().equals(o.nip()))).orElse(false);
    }

    /** Whether the current user is the employee themself (only they may object). */
    public boolean isSelf(String nip) {
        return CurrentUser.get().map(u -> u.role() == Role.EMPLOYEE && nip.equals(u.nip())).orElse(false);
    }

    /** Objections to decide by the current user: every one for BKPSDM, those routed to their NIP otherwise; open first. */
    public List<Objection> assigned() {
        return assigned(false);
    }

    /** As {@link #assigned()}; {@code openOnly}: only those not decided yet (the landing page's count links here). */
    public List<Objection> assigned(boolean openOnly) {
        CurrentUser u = CurrentUser.require();
        String open = openOnly ? " o.status = 'OPEN' " : " TRUE ";
        if (u.is(Role.ADMIN, Role.OFFICER)) {
            return jdbc.query(SELECT + " WHERE" + open + "ORDER BY (o.status <> 'OPEN'), o.filed_at DESC LIMIT 500", (rs, i) -> objection(rs));
        }
        if (u.nip() == null) {
            return List.of();
        }
        return jdbc.query(SELECT + " WHERE" + open + "AND o.decider_nip = ? AND e.nip <> ? ORDER BY (o.status <> 'OPEN'), o.filed_at DESC LIMIT 500",
                (rs, i) -> objection(rs), u.nip(), u.nip());
    }

    /** How many objections wait for the current user's decision (as {@code assigned(true)}, counted). */
    public long openAssigned() {
        CurrentUser u = CurrentUser.require();
        if (u.is(Role.ADMIN, Role.OFFICER)) {
            return jdbc.queryForObject("SELECT count(*) FROM performance.objection WHERE status = 'OPEN'", Long.class);
        }
        if (u.nip() == null) {
            return 0;
        }
        return jdbc.queryForObject("SELECT count(*) FROM (" + SELECT + " WHERE o.status = 'OPEN' AND o.decider_nip = ? AND e.nip <> ?) x",
                Long.class, u.nip(), u.nip());
    }

    /** The employee (EMPLOYEE role, themself only) objects to the ANNUAL rating of {@code year}. Returns the objection. */
    @Transactional
    public Objection file(String nip, int year, String reasons) {
        employees.get(nip);   // scope first: a foreign employee is refused before anything is read
        if (!isSelf(nip)) {
            throw new AccessDeniedProblem("only the employee may object to their own SKP");
        }
        SkpEntry entry = annualForUpdate(nip, year).orElseThrow(() -> new NotFoundProblem("performance.problem.none", nip, String.valueOf(year)));
        if (!entry.rated()) {
            throw new BusinessProblem(null, "performance.objection.notRated");
        }
        Optional<Objection> latest = latest(nip, year);
        if (latest.isPresent()) {
            throw new BusinessProblem(null, latest.get().open() ? "performance.objection.alreadyOpen" : "performance.objection.final");
        }
        ObjectionPolicy.Window window = window(entry);
        if (!window.allowed()) {
            throw new BusinessProblem(null, "performance.objection.refused." + window.refusal().name(),
                    fmt.date(window.receipt()), fmt.date(window.deadline()), String.valueOf(settings.parameters().objectionDays()));
        }
        Route route = route(nip, entry);
        Long id = jdbc.queryForObject("""
                INSERT INTO performance.objection (evaluation_id, receipt_date, deadline, filed_on, filed_at, filed_by, reasons, rater_nip,
                    routed_to, routing_reason, decider_nip, decider_name, decider_post, original_results, original_behaviour,
                    original_predicate)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """, Long.class, entry.id(), window.receipt(), window.deadline(), today(), Timestamp.from(clock.instant()),
                CurrentUser.actorName(), reasons.strip(), route.raterNip(), route.to(), route.reason(), route.deciderNip(),
                route.deciderName(), route.deciderPost(), entry.results().name(), entry.behaviour().name(), entry.predicate().name());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("reasons", reasons.strip());
        values.put("routed_to", route.to());
        values.put("decider_nip", route.deciderNip());
        values.put("routing_reason", route.reason());
        audit.changed(AuditAction.CREATE, AUDIT_TYPE, nip + "/" + year, "keberatan SKP " + year + " → " + route.to(), null, values);
        return get(id);
    }

    /** The superior (or BKPSDM) decides an open objection; final. Returns the decided objection. */
    @Transactional
    public Objection decide(String nip, int year, Decision d) {
        Objection o = latest(nip, year).filter(Objection::open)
                .orElseThrow(() -> new NotFoundProblem("performance.objection.noneOpen", nip, String.valueOf(year)));
        if (!mayDecide(o)) {
            throw new AccessDeniedProblem("not the superior this objection is routed to");
        }
        SkpPredicate predicate = null;
        if (d.granted()) {
            if (d.results() == null || d.behaviour() == null) {
                throw new BusinessProblem("results", "performance.objection.newRatingsRequired");
            }
            predicate = PredicateMatrix.predicate(d.results(), d.behaviour());
        }
        int n = jdbc.update("""
                UPDATE performance.objection SET status = ?, decision_reasons = ?, new_results = ?, new_behaviour = ?, new_predicate = ?,
                       decided_at = ?, decided_by = ?, version = version + 1
                 WHERE id = ? AND status = 'OPEN' AND version = ?
                """, d.granted() ? "GRANTED" : "REJECTED", d.reasons().strip(), d.granted() ? d.results().name() : null,
                d.granted() ? d.behaviour().name() : null, predicate == null ? null : predicate.name(), Timestamp.from(clock.instant()),
                CurrentUser.actorName(), o.id(), d.version());
        if (n == 0) {
            throw new BusinessProblem(null, RatingService.STALE);
        }
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("status", d.granted() ? "GRANTED" : "REJECTED");
        decision.put("decision_reasons", d.reasons().strip());
        audit.changed(AuditAction.UPDATE, AUDIT_TYPE, nip + "/" + year, "keberatan SKP " + year + ": " + decision.get("status"),
                Map.of("status", "OPEN"), decision);
        if (predicate != null) {
            jdbc.update("""
                    UPDATE performance.evaluation SET results_rating = ?, behaviour_rating = ?, predicate = ?, updated_at = now(),
                           version = version + 1 WHERE id = ?
                    """, d.results().name(), d.behaviour().name(), predicate.name(), o.evaluationId());
            events.publishEvent(new id.merit.shared.StaffRecordsChanged(nip));
            Map<String, Object> before = new LinkedHashMap<>();
            before.put("results_rating", o.originalResults().name());
            before.put("behaviour_rating", o.originalBehaviour().name());
            before.put("predicate", o.originalPredicate().name());
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("results_rating", d.results().name());
            after.put("behaviour_rating", d.behaviour().name());
            after.put("predicate", predicate.name());
            audit.changed(AuditAction.UPDATE, RatingService.AUDIT_TYPE, nip + "/" + year + "/ANNUAL",
                    "SKP " + year + ": " + predicate + " (keberatan dikabulkan)", before, after);
            followUps.sync(o.evaluationId(), nip, predicate, today());
        }
        return get(o.id());
    }

    /**
     * The rater or BKPSDM records the day the employee received the rating (PP 30/2019 Ps 59(1): the objection window
     * counts from receipt). Not before the day the ratings were last saved, not in the future, not once an objection was
     * filed. Scoped (an OPD head only their OPD's staff); audited.
     */
    @Transactional
    @org.springframework.security.access.prepost.PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD')")
    public void recordReceipt(String nip, int year, LocalDate receivedOn) {
        employees.get(nip);
        SkpEntry entry = annualForUpdate(nip, year).orElseThrow(() -> new NotFoundProblem("performance.problem.none", nip, String.valueOf(year)));
        if (!entry.rated()) {
            throw new BusinessProblem(null, "performance.objection.notRated");
        }
        if (latest(nip, year).isPresent()) {
            throw new BusinessProblem(null, "performance.receipt.objected");
        }
        LocalDate saved = LocalDate.ofInstant(entry.updatedAt(), clock.getZone());
        if (receivedOn == null || receivedOn.isBefore(saved) || receivedOn.isAfter(today())) {
            throw new BusinessProblem("receivedOn", "performance.receipt.invalid", fmt.date(saved));
        }
        jdbc.update("UPDATE performance.evaluation SET received_on = ? WHERE id = ?", receivedOn, entry.id());
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("received_on", entry.receivedOn() == null ? null : entry.receivedOn().toString());
        audit.changed(AuditAction.UPDATE, RatingService.AUDIT_TYPE, nip + "/" + year + "/ANNUAL", "SKP " + year + " diterima " + receivedOn,
                before, Map.of("received_on", receivedOn.toString()));
    }

    /** Whether the ANNUAL evaluation of an employee and year has an open objection or a decided one (its ratings are final). */
    boolean locked(long employeeId, int year) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                SELECT EXISTS (SELECT 1 FROM performance.objection o JOIN performance.evaluation v ON v.id = o.evaluation_id
                                WHERE v.employee_id = ? AND v.year = ? AND v.period = 'ANNUAL')
                """, Boolean.class, employeeId, year));
    }

    /** Where an objection goes (Ps 59(1): "kepada atasan dari Pejabat Penilai Kinerja PNS secara berjenjang"). */
    private record Route(String raterNip, String to, String reason, String deciderNip, String deciderName, String deciderPost) {
    }

    /**
     * The rater is the account that saved the ratings when it is bound to a NIP, otherwise the employee's direct superior
     * from the post catalogue (the pejabat penilai by PP 30/2019); the objection goes to the rater's own superior.
     * Without a rater or a superior it goes to BKPSDM, with the reason (NO_RATER, NOT_LINKED, TOP_POST, ALL_VACANT).
     */
    private Route route(String nip, SkpEntry entry) {
        LocalDate on = today();
        String rater = entry.raterNip();
        if (rater == null) {
            ReportingLines.Answer a = lines.directSuperior(nip, on);
            if (a.superior() == null) {
                return new Route(null, "BKPSDM", "NO_RATER", null, null, null);
            }
            rater = a.superior().nip();
        }
        ReportingLines.Answer up = lines.directSuperior(rater, on);
        if (up.superior() == null || up.superior().nip().equals(nip)) {
            return new Route(rater, "BKPSDM", up.superior() == null ? up.reason() : "NO_RATER", null, null, null);
        }
        ReportingLines.DirectSuperior s = up.superior();
        return new Route(rater, "SUPERIOR", null, s.nip(), s.name(), s.postName());
    }

    private Optional<SkpEntry> annualForUpdate(String nip, int year) {
        return jdbc.query("SELECT " + SkpEntry.COLUMNS + " FROM performance.evaluation v JOIN employee.employee e ON e.id = v.employee_id "
                + "WHERE e.nip = ? AND v.year = ? AND v.period = 'ANNUAL' FOR UPDATE OF v", (rs, i) -> SkpEntry.of(rs), nip, year)
                .stream().findFirst();
    }

    private Optional<Objection> latest(String nip, int year) {
        return jdbc.query(SELECT + " WHERE e.nip = ? AND v.year = ? AND v.period = '" + SkpPeriod.ANNUAL + "' ORDER BY o.id DESC LIMIT 1",
                (rs, i) -> objection(rs), nip, year).stream().findFirst();
    }

    private Objection get(long id) {
        return jdbc.queryForObject(SELECT + " WHERE o.id = ?", (rs, i) -> objection(rs), id);
    }

    private static final String SELECT = """
            SELECT o.*, e.nip, e.name AS employee_name, v.year FROM performance.objection o
              JOIN performance.evaluation v ON v.id = o.evaluation_id
              JOIN employee.employee e ON e.id = v.employee_id""";

    private static Objection objection(ResultSet rs) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new Objection(rs.getLong("id"), rs.getLong("evaluation_id"), rs.getString("nip"), rs.getString("employee_name"),
                rs.getInt("year"), rs.getObject("receipt_date", LocalDate.class), rs.getObject("deadline", LocalDate.class),
                rs.getObject("filed_on", LocalDate.class), rs.getTimestamp("filed_at").toInstant(), rs.getString("filed_by"),
                rs.getString("reasons"), rs.getString("rater_nip"), rs.getString("routed_to"), rs.getString("routing_reason"),
                rs.getString("decider_nip"), rs.getString("decider_name"), rs.getString("decider_post"),
                SkpRating.valueOf(rs.getString("original_results")), SkpRating.valueOf(rs.getString("original_behaviour")),
                SkpPredicate.valueOf(rs.getString("original_predicate")), rs.getString("status"), rs.getString("decision_reasons"),
                rating(rs.getString("new_results")), rating(rs.getString("new_behaviour")),
                rs.getString("new_predicate") == null ? null : SkpPredicate.valueOf(rs.getString("new_predicate")),
                decided == null ? null : decided.toInstant(), rs.getString("decided_by"), rs.getInt("version"));
    }

    private static SkpRating rating(String s) {
        return s == null ? null : SkpRating.valueOf(s);
    }
}
