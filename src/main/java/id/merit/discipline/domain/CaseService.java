package id.merit.discipline.domain;

import id.merit.audit.AuditLog;
import id.merit.discipline.HolidayCalendar;
import id.merit.discipline.PunishmentLevel;
import id.merit.discipline.domain.CaseViews.CaseLink;
import id.merit.discipline.domain.CaseViews.Detail;
import id.merit.discipline.domain.CaseViews.ObjectionView;
import id.merit.discipline.domain.CaseViews.ReliefView;
import id.merit.discipline.domain.CaseViews.SecondSummonsView;
import id.merit.discipline.domain.CaseViews.Summary;
import id.merit.discipline.domain.CaseViews.ViolationView;
import id.merit.discipline.domain.CaseViews.Warning;
import id.merit.discipline.rules.AttendanceBands;
import id.merit.discipline.rules.AuthorityPolicy;
import id.merit.discipline.rules.CaseStage;
import id.merit.discipline.rules.DisciplineDeadlines;
import id.merit.discipline.rules.DisciplineDeadlines.Timeliness;
import id.merit.discipline.rules.Sanction;
import id.merit.employee.EmployeeQueries;
import id.merit.employee.EmployeeView;
import id.merit.orgunit.OpdQueries;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.PagedResult;
import id.merit.shared.SearchText;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of discipline cases: the scoped search, one case with its computed stage, deadlines and warnings, and
 * the proposal an attendance band calls for. The steps are in {@link CaseWorkflow}. Every read is scoped
 * ({@link CaseScope}): BKPSDM and the regent see all, an OPD head their OPD, an employee only their own cases.
 */
@Service
@Transactional(readOnly = true)
public class CaseService {

    public static final String AUDIT_TYPE = "DISCIPLINE_CASE";
    private static final int HOLIDAY_HORIZON_DAYS = 120;
    private final CaseRepository cases;
    private final RuleSetService rules;
    private final EmployeeQueries employees;
    private final OpdQueries opds;
    private final AuditLog audit;
    private final HolidayCalendar calendar;
    private final DisciplineClock clock;

    CaseService(CaseRepository cases, RuleSetService rules, EmployeeQueries employees, OpdQueries opds, AuditLog audit,
                HolidayCalendar calendar, DisciplineClock clock) {
        this.cases = cases;
        this.rules = rules;
        this.employees = employees;
        this.opds = opds;
        this.audit = audit;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Scoped list, newest first; {@code q} matches the NIP (prefix) or the name (contains). */
    public PagedResult<Summary> search(String q, CaseStage stage, Integer year, int page, int size) {
        CaseScope scope = CaseScope.of(CurrentUser.require(), opds);
        Specification<DisciplineCase> spec = (root, query, cb) -> {
            List<Predicate> ps = new ArrayList<>();
            if (!scope.all()) {
                List<Predicate> any = new ArrayList<>();
                if (scope.opdIds() != null && !scope.opdIds().isEmpty()) {
                    any.add(root.get("opdId").in(scope.opdIds()));
                }
                if (scope.ownNip() != null) {
                    any.add(cb.equal(root.get("nip"), scope.ownNip()));
                }
                ps.add(any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new)));
            }
            if (SearchText.normalize(q) != null) {
                String needle = SearchText.normalize(q).toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
                ps.add(cb.or(cb.like(root.get("nip"), needle + "%", '\\'), cb.like(cb.lower(root.get("employeeName")), "%" + needle + "%", '\\'),
                        cb.like(cb.lower(root.get("number")), "%" + needle + "%", '\\')));
            }
            if (stage != null) {
                ps.add(cb.equal(root.get("stage"), stage));
            }
            if (year != null) {
                ps.add(cb.between(root.get("openedOn"), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
            }
            return cb.and(ps.toArray(Predicate[]::new));
        };
        Page<DisciplineCase> result = cases.findAll(spec, PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200),
                Sort.by(Sort.Direction.DESC, "openedOn").and(Sort.by(Sort.Direction.DESC, "id"))));
        LocalDate today = clock.today();
        return PagedResult.of(result, c -> new Summary(c.getId(), c.getNumber(), c.getNip(), c.getEmployeeName(), c.getOpdName(),
                c.getSource(), stageOn(c, today), c.getOpenedOn(), c.getSanctionKind(), c.getSanctionMonths()));
    }

    /** Scoped: the case with its computed stage and warnings; the access is logged (a personal record). */
    @Transactional // read-write: the view record commits with the request (AuditLog)
    public Detail get(long id) {
        DisciplineCase c = visible(id);
        audit.viewed(AUDIT_TYPE, c.getNumber());
        return detail(c, clock.today());
    }

    /** Scoped: the employee a new case would be about (for the opening form). */
    public EmployeeView accused(String nip) {
        return employees.get(nip);
    }

    /** The punishment an attendance band calls for under the regime in force on {@code day}. */
    public Optional<Sanction> proposal(String band, LocalDate day) {
        return AttendanceBands.sanctionFor(band, rules.on(day).regime());
    }

    /** Today in the instance's zone, from the injected clock (for forms pre-filled with today's date). */
    public LocalDate today() {
        return clock.today();
    }

    /** The relief from the post in force for this employee (PP 94/2021 Pasal 31), if any: for the employee page. */
    public Optional<ReliefView> activeRelief(String nip) {
        return cases.findActiveRelief(nip).stream().findFirst().map(CaseService::relief);
    }

    /**
     * Scoped: for each of these employees the newest case (not cancelled) opened from the attendance record of
     * {@code year} — one query for a page of the recommendations list. Cases outside the user's scope are left out, so
     * the page never links to a case it would refuse.
     */
    public Map<String, CaseLink> forAttendance(int year, Collection<String> nips) {
        if (nips.isEmpty()) {
            return Map.of();
        }
        CaseScope scope = CaseScope.of(CurrentUser.require(), opds);
        LocalDate today = clock.today();
        Map<String, CaseLink> out = new HashMap<>();
        for (DisciplineCase c : cases.findForAttendance(year, Set.copyOf(nips))) {
            if (scope.covers(c.getOpdId(), c.getNip())) {
                out.putIfAbsent(c.getNip(), link(c, today));
            }
        }
        return out;
    }

    /**
     * The case (not cancelled) already opened from this employee's attendance record of {@code year}, if any, whatever
     * the user's scope: a second case for the same facts is refused unless confirmed (issue 9 item 4).
     */
    public Optional<CaseLink> sameAttendanceFacts(String nip, Integer year) {
        if (nip == null || year == null) {
            return Optional.empty();
        }
        return cases.findForAttendance(year, Set.of(nip.trim())).stream().findFirst().map(c -> link(c, clock.today()));
    }

    /** Scoped: one employee's cases for the employee page, newest first (cases outside the user's scope left out). */
    public List<CaseLink> ofEmployee(String nip) {
        CaseScope scope = CaseScope.of(CurrentUser.require(), opds);
        LocalDate today = clock.today();
        return cases.findByNipOrderByOpenedOnDescIdDesc(nip).stream().filter(c -> scope.covers(c.getOpdId(), c.getNip()))
                .map(c -> link(c, today)).toList();
    }

    private static CaseLink link(DisciplineCase c, LocalDate today) {
        return new CaseLink(c.getId(), c.getNumber(), c.getOpenedOn(), c.getSource(), stageOn(c, today), c.getSanctionKind(),
                c.getSanctionMonths(), c.getDecisionNumber(), c.getDecisionDate());
    }

    /** The holidays from {@code from} over the next months (for the working-day limits). */
    Set<LocalDate> holidays(LocalDate from) {
        return calendar.holidays(from, from.plusDays(HOLIDAY_HORIZON_DAYS));
    }

    /** Scoped load: 404 when missing, 403 outside the user's scope. */
    DisciplineCase visible(long id) {
        DisciplineCase c = cases.findById(id).orElseThrow(() -> new NotFoundProblem("discipline.case.error.notFound", id));
        if (!CaseScope.of(CurrentUser.require(), opds).covers(c.getOpdId(), c.getNip())) {
            throw new AccessDeniedProblem("case outside scope");
        }
        return c;
    }

    Warning examLate(DisciplineCase c) {
        return new Warning("discipline.warning.examLate", c.getExamDate(), DisciplineDeadlines.latestExamDate(c.getSummonsDate(),
                holidays(c.getSummonsDate())));
    }

    Detail detail(DisciplineCase c, LocalDate today) {
        List<Warning> warnings = new ArrayList<>();
        LocalDate latestExam = null;
        if (c.getSummonsDate() != null) {
            Set<LocalDate> h = holidays(c.getSummonsDate());
            latestExam = DisciplineDeadlines.latestExamDate(c.getSummonsDate(), h);
            if (DisciplineDeadlines.examTimeliness(c.getSummonsDate(), c.getExamDate(), h) == Timeliness.LATE) {
                warnings.add(examLate(c));
            }
        }
        SecondSummonsView second = secondSummons(c, warnings);
        LocalDate deliveryDeadline = null;
        if (c.getDecisionDate() != null) {
            deliveryDeadline = DisciplineDeadlines.deliveryDeadline(c.getDecisionDate(), holidays(c.getDecisionDate()));
            if (c.getReceiptDate() != null && c.getReceiptDate().isAfter(deliveryDeadline)) {
                warnings.add(new Warning("discipline.warning.deliveryLate", c.getReceiptDate(), deliveryDeadline));
            } else if (c.getReceiptDate() == null && today.isAfter(deliveryDeadline)) {
                warnings.add(new Warning("discipline.warning.deliveryOverdue", deliveryDeadline));
            }
        }
        if (c.getStage().open() && c.getExpectedLevel() == PunishmentLevel.BERAT && !c.teamComplete() && !c.isWithoutExamination()) {
            warnings.add(new Warning("discipline.warning.teamRequired"));
        }
        if (c.getStage().open() && c.getAttendanceBand() != null && !"NONE".equals(c.getAttendanceBand())
                && c.getViolations().stream().allMatch(v -> v.getSanctionKind() == null)) {
            warnings.add(new Warning("discipline.warning.bandUnknown", c.getAttendanceBand()));
        }
        ObjectionView objection = objection(c, today, warnings);
        String sanctionBasis = c.getSanctionKind() == null ? null : Sanction.of(c.getSanctionKind(), c.getSanctionMonths()).basis();
        String authorityBasis = c.getOfficial() == null ? null : AuthorityPolicy.basis(c.getOfficial());
        return new Detail(c.getId(), c.getNumber(), c.getEmployeeId(), c.getNip(), c.getEmployeeName(), c.getEmployeeRank(),
                c.getPositionName(), c.getPositionKind(), c.getPositionLevel(), c.getOpdId(), c.getOpdName(), c.getSource(),
                c.getAttendanceYear(), c.getAttendanceBand(), c.getSourceBasis(), c.getFindingId(), c.getAllegation(), c.getExpectedLevel(),
                c.getStage(), stageOn(c, today), c.getOpenedOn(), c.getOpenedBy(), c.getSummonsNumber(), c.getSummonsDate(), c.getExamDate(),
                c.getExamPlace(), c.getSummonerName(), c.getSummonerNip(), c.getSummonerPosition(), latestExam, c.getBapDate(),
                c.getBapSummary(), c.getExaminers(), c.isAccusedAbsent(), c.getTeamSuperior(), c.getTeamInspectorate(), c.getTeamHr(),
                c.getDecisionNumber(), c.getDecisionDate(), c.getOfficial(), c.getRelation(), c.getOfficialName(), c.getOfficialNip(),
                c.getOfficialPosition(), c.getSanctionKind(), c.getSanctionMonths(), sanctionBasis, authorityBasis, c.getSedangRegime(),
                deliveryDeadline, c.getReceiptDate(), c.getEffectiveDate(), c.getEndDate(), c.getDayCounting(), c.getCancelReason(),
                c.getClosedNote(), c.getClosedOn(), c.getVersion(),
                c.getViolations().stream().map(v -> new ViolationView(v.getId(), v.getSeq(), v.getDescription(), v.getSanctionKind(),
                        v.getSanctionMonths())).toList(), List.copyOf(warnings), second,
                c.getRelief() == null ? null : relief(c), objection);
    }

    private SecondSummonsView secondSummons(DisciplineCase c, List<Warning> warnings) {
        SecondSummons s = c.getSecondSummons();
        if (s == null) {
            return null;
        }
        Set<LocalDate> h = holidays(c.getExamDate());
        LocalDate latest = DisciplineDeadlines.latestSecondSummonsDate(c.getExamDate(), h);
        if (DisciplineDeadlines.secondSummonsTimeliness(c.getExamDate(), s.getLetterDate(), h) == Timeliness.LATE) {
            warnings.add(new Warning("discipline.warning.secondSummonsLate", s.getLetterDate(), latest));
        }
        return new SecondSummonsView(s.getNumber(), s.getLetterDate(), s.getExamDate(), s.getExamPlace(), latest, s.getAbsentAgainOn(),
                s.getEvidenceNote());
    }

    private ObjectionView objection(DisciplineCase c, LocalDate today, List<Warning> warnings) {
        if (c.getReceiptDate() == null) {
            return null;
        }
        LocalDate fileBy = DisciplineDeadlines.objectionDeadline(c.getReceiptDate(), holidays(c.getReceiptDate()));
        Objection o = c.getObjection();
        if (o == null) {
            return new ObjectionView(fileBy, null, null, null, false, null, null, null, null, null, null, null, null, null, null);
        }
        LocalDate answerBy = o.getKind() == ObjectionKind.OBJECTION
                ? DisciplineDeadlines.objectionAnswerDeadline(o.getFiledOn(), holidays(o.getFiledOn())) : null;
        if (answerBy != null && o.pending() && today.isAfter(answerBy)) {
            warnings.add(new Warning("discipline.warning.objectionOverdue", answerBy));
        } else if (answerBy != null && !o.pending() && o.getDecidedOn().isAfter(answerBy)) {
            warnings.add(new Warning("discipline.warning.objectionLate", o.getDecidedOn(), answerBy));
        }
        return new ObjectionView(fileBy, o.getKind(), o.getFiledOn(), o.getFiledBy(), Boolean.TRUE.equals(o.getOnBehalf()), o.getGrounds(),
                o.getEvidence(), answerBy, o.getOutcome(), o.getNumber(), o.getDecidedOn(), o.getReceivedOn(), o.getNote(), o.getOriginalKind(),
                o.getOriginalMonths());
    }

    private static ReliefView relief(DisciplineCase c) {
        Relief r = c.getRelief();
        return new ReliefView(c.getId(), c.getNumber(), r.getFrom(), r.getByName(), r.getByPosition(), r.getPlhName(), r.getPlhNip(), r.getUntil());
    }

    private static CaseStage stageOn(DisciplineCase c, LocalDate today) {
        return CaseStage.current(c.getStage(), c.getEffectiveDate(), c.getEndDate(),
                c.getSanctionKind() != null && c.getSanctionKind().permanent(), today);
    }
}
