package id.merit.performance.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.employee.EmployeeFilter;
import id.merit.employee.EmployeeQueries;
import id.merit.employee.EmployeeType;
import id.merit.employee.EmployeeView;
import id.merit.performance.SkpPredicate;
import id.merit.performance.SkpRating;
import id.merit.performance.rules.PredicateMatrix;
import id.merit.shared.BusinessProblem;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.PagedResult;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OPD head's rating workspace (issue 12 item 3, simplified): the staff in the caller's scope with their ANNUAL
 * evaluation of a year, and saving a results and a behaviour rating (source RATING; the predicate is derived by
 * {@link PredicateMatrix}) with optimistic locking on the evaluation's version. The staff scope comes from
 * {@link EmployeeQueries} (an OPD head: the staff of their OPD and its sub-units); the roles are checked on the routes.
 */
@Service
@Transactional(readOnly = true)
public class RatingService {
    private final org.springframework.context.ApplicationEventPublisher events;

    /** The refusal of a form opened before someone else saved the same evaluation. */
    public static final String STALE = "performance.rating.stale";
    static final String AUDIT_TYPE = "SKP_EVALUATION";

    /** The ANNUAL evaluation as stored; {@code version} is the optimistic-locking token of the form. */
    public record Annual(SkpRating results, SkpRating behaviour, SkpPredicate predicate, String source, int version,
                         String returnedReason, String returnedBy) {

        /** Whether BKPSDM returned this rating for correction (it then counts as not submitted). */
        public boolean returned() {
            return returnedReason != null;
        }
    }

    /** One line of the workspace: the employee, whether SKP applies to them, and the evaluation (null when not yet rated). */
    public record Line(EmployeeView employee, boolean rateable, Annual annual) {
    }

    private final EmployeeQueries employees;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final PeriodService periods;
    private final ObjectionService objections;
    private final FollowUpService followUps;

    RatingService(EmployeeQueries employees, JdbcTemplate jdbc, AuditLog audit, Clock clock, PeriodService periods,
                  ObjectionService objections, FollowUpService followUps, org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
        this.objections = objections;
        this.followUps = followUps;
        this.employees = employees;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.periods = periods;
    }

    /** SKP (PermenPANRB 6/2022) applies to ASN: PNS and PPPK, and CPNS in their probation year; not to honorary staff. */
    public static boolean rateable(EmployeeType type) {
        return switch (type) {
            case PNS, CPNS, PPPK, PPPK_PARUH_WAKTU -> true;
            case NON_ASN_PHT, NON_ASN_PHL -> false;
        };
    }

    /** The years a rating may be given for: from the import's oldest year up to the current one. */
    public void checkYear(int year) {
        if (year < PerformanceRowParser.MIN_YEAR || year > LocalDate.now(clock).getYear()) {
            throw new NotFoundProblem("performance.rating.noYear", String.valueOf(year));
        }
    }

    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    /** One page of the staff in the caller's scope (search by name or NIP, ADMIN/OFFICER may pick an OPD). */
    public PagedResult<Line> workspace(int year, String opdCode, String q, int page, int size) {
        checkYear(year);
        PagedResult<EmployeeView> staff = employees.search(new EmployeeFilter(q, opdCode, null, null, null), "name", page, size);
        Map<Long, Annual> annual = annual(staff.items().stream().map(EmployeeView::id).toList(), year);
        List<Line> lines = staff.items().stream()
                .map(e -> new Line(e, rateable(e.employeeType()), annual.get(e.id()))).toList();
        return new PagedResult<>(lines, staff.page(), staff.size(), staff.total());
    }

    /** The employee (scoped: NotFoundProblem / AccessDeniedProblem) with their ANNUAL evaluation of {@code year}. */
    public Line line(String nip, int year) {
        checkYear(year);
        EmployeeView e = employees.get(nip);
        return new Line(e, rateable(e.employeeType()), annual(List.of(e.id()), year).get(e.id()));
    }

    /**
     * Saves the ratings of the ANNUAL evaluation of {@code year}. {@code expectedVersion} is the version the form was
     * opened with, null when there was no evaluation yet; anything else in the database now refuses with {@link #STALE}.
     * Returns the derived predicate.
     */
    @Transactional
    public SkpPredicate rate(String nip, int year, SkpRating results, SkpRating behaviour, Integer expectedVersion) {
        Line line = line(nip, year);
        if (!line.rateable()) {
            throw new BusinessProblem(null, "performance.rating.notAsn");
        }
        // issue 12 item 1: ratings only while BKPSDM keeps the year's ANNUAL period open
        periods.requireAnnualOpen(year);
        // PP 30/2019 Ps 59: once the employee objected, the rating is the superior's to change (and final once decided)
        if (objections.locked(line.employee().id(), year)) {
            throw new BusinessProblem(null, "performance.objection.ratingLocked");
        }
        // who rated (issue 12 item 5): the username, and the NIP when the account is bound to one (the objection's route)
        String ratedBy = id.merit.shared.CurrentUser.actorName();
        String raterNip = id.merit.shared.CurrentUser.get().map(id.merit.shared.CurrentUser::nip).orElse(null);
        SkpPredicate predicate = PredicateMatrix.predicate(results, behaviour);
        Annual before = line.annual();
        int n;
        if (expectedVersion == null) {
            n = jdbc.update("""
                    INSERT INTO performance.evaluation (employee_id, year, period, results_rating, behaviour_rating, predicate, source, rated_at,
                                                        rated_by, rater_nip)
                    VALUES (?, ?, 'ANNUAL', ?, ?, ?, 'RATING', ?, ?, ?) ON CONFLICT (employee_id, year, period) DO NOTHING
                    """, line.employee().id(), year, results.name(), behaviour.name(), predicate.name(),
                    java.sql.Timestamp.from(clock.instant()), ratedBy, raterNip);
        } else {
            n = jdbc.update("""
                    UPDATE performance.evaluation SET results_rating = ?, behaviour_rating = ?, predicate = ?, source = 'RATING',
                           updated_at = now(), version = version + 1, rated_by = ?, rater_nip = ?,
                           returned_reason = NULL, returned_by = NULL, returned_at = NULL
                     WHERE employee_id = ? AND year = ? AND period = 'ANNUAL' AND version = ?
                    """, results.name(), behaviour.name(), predicate.name(), ratedBy, raterNip, line.employee().id(), year, expectedVersion);
        }
        if (n == 0) {
            throw new BusinessProblem(null, STALE);
        }
        audit.changed(before == null ? AuditAction.CREATE : AuditAction.UPDATE, AUDIT_TYPE, nip + "/" + year + "/ANNUAL",
                "SKP " + year + ": " + predicate, before == null ? null : values(before.results(), before.behaviour(), before.predicate()),
                values(results, behaviour, predicate));
        // PP 30/2019 Ps 56-58: a Kurang or Sangat Kurang predicate starts the follow-up; a better one cancels it
        Long evaluationId = jdbc.queryForObject("SELECT id FROM performance.evaluation WHERE employee_id = ? AND year = ? AND period = 'ANNUAL'",
                Long.class, line.employee().id(), year);
        followUps.sync(evaluationId, nip, predicate, LocalDate.now(clock));
        events.publishEvent(new id.merit.shared.StaffRecordsChanged(nip));
        return predicate;
    }

    /**
     * BKPSDM (ADMIN/OFFICER) returns a submitted rating for correction with a reason: it stays stored but counts as not
     * submitted until the rater saves it again; a detailed rating sheet goes back to draft. Not while under objection
     * (PP 30/2019 Ps 59: the superior decides then).
     */
    @Transactional
    public void returnForCorrection(String nip, int year, String reason, Integer expectedVersion) {
        Line line = line(nip, year);
        Annual a = line.annual();
        if (a == null || !"RATING".equals(a.source())) {
            throw new BusinessProblem(null, "performance.return.notRated");
        }
        if (a.returned()) {
            throw new BusinessProblem(null, "performance.return.already");
        }
        if (objections.locked(line.employee().id(), year)) {
            throw new BusinessProblem(null, "performance.objection.ratingLocked");
        }
        int n = jdbc.update("""
                UPDATE performance.evaluation SET returned_reason = ?, returned_by = ?, returned_at = ?, version = version + 1, updated_at = now()
                 WHERE employee_id = ? AND year = ? AND period = 'ANNUAL' AND version = ?
                """, reason.strip(), id.merit.shared.CurrentUser.actorName(), java.sql.Timestamp.from(clock.instant()),
                line.employee().id(), year, expectedVersion == null ? a.version() : expectedVersion);
        if (n == 0) {
            throw new BusinessProblem(null, STALE);
        }
        jdbc.update("UPDATE performance.rating_sheet SET status = 'DRAFT', version = version + 1 WHERE employee_id = ? AND year = ?",
                line.employee().id(), year);
        audit.changed(AuditAction.UPDATE, AUDIT_TYPE, nip + "/" + year + "/ANNUAL", "SKP " + year + ": dikembalikan",
                Map.of("returned", false), Map.of("returned", true, "reason", reason.strip()));
    }

    private static Map<String, Object> values(SkpRating results, SkpRating behaviour, SkpPredicate predicate) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("results_rating", results == null ? null : results.name());
        m.put("behaviour_rating", behaviour == null ? null : behaviour.name());
        m.put("predicate", predicate.name());
        return m;
    }

    private Map<Long, Annual> annual(Collection<Long> employeeIds, int year) {
        Map<Long, Annual> out = new HashMap<>();
        if (employeeIds.isEmpty()) {
            return out;
        }
        jdbc.query("""
                SELECT employee_id, results_rating, behaviour_rating, predicate, source, version, returned_reason, returned_by
                  FROM performance.evaluation
                 WHERE year = ? AND period = 'ANNUAL' AND employee_id = ANY (?)
                """, rs -> {
            String r = rs.getString("results_rating");
            String b = rs.getString("behaviour_rating");
            out.put(rs.getLong("employee_id"), new Annual(r == null ? null : SkpRating.valueOf(r), b == null ? null : SkpRating.valueOf(b),
                    SkpPredicate.valueOf(rs.getString("predicate")), rs.getString("source"), rs.getInt("version"),
                    rs.getString("returned_reason"), rs.getString("returned_by")));
        }, year, employeeIds.toArray(Long[]::new));
        return out;
    }
}
