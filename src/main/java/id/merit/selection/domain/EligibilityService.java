package id.merit.selection.domain;

import id.merit.audit.AuditLog;
import id.merit.discipline.PunishmentQueries;
import id.merit.discipline.PunishmentRecord;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeQueries;
import id.merit.employee.EmployeeRef;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import id.merit.performance.PerformanceQueries;
import id.merit.performance.PerformanceRecord;
import id.merit.performance.SkpPeriod;
import id.merit.selection.rules.Candidate;
import id.merit.selection.rules.CareerLadder;
import id.merit.selection.rules.Eligibility;
import id.merit.selection.rules.EligibilityReason;
import id.merit.selection.rules.JptPratamaEligibility;
import id.merit.selection.rules.JptPratamaParameters;
import id.merit.selection.rules.ManagerialPost;
import id.merit.selection.rules.ManagerialPostEligibility;
import id.merit.selection.rules.ManagerialPostParameters;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.Formats;
import id.merit.shared.NotFoundProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Eligibility checks on the registry's records: the candidate is assembled from the employee's education and position
 * history, the ANNUAL SKP predicates and the punishments, then the plain-Java policies decide. The API call is
 * scope-checked here (unknown NIP → 404, outside the user's scope → 403) and logged as a view of the record.
 */
@Service
public class EligibilityService implements id.merit.selection.PostEligibility {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(EligibilityService.class);
    static final String AUDIT_TYPE = "ELIGIBILITY";
    private final EmployeeQueries employees;
    private final EmployeeDirectory directory;
    private final PerformanceQueries performance;
    private final PunishmentQueries punishments;
    private final AuditLog audit;
    private final Formats fmt;
    private final Clock clock;

    EligibilityService(EmployeeQueries employees, EmployeeDirectory directory,
                       PerformanceQueries performance, PunishmentQueries punishments, AuditLog audit,
                       Formats fmt, Clock clock) {
        this.employees = employees;
        this.directory = directory;
        this.performance = performance;
        this.punishments = punishments;
        this.audit = audit;
        this.fmt = fmt;
        this.clock = clock;
    }

    /** Today in the instance's zone (the profile's, else {@code merit.time-zone}). */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(fmt.zone()));
    }

    /** Scoped: the JPT Pratama check of {@code nip} on {@code date} (today when null) with the default rule set. */
    @Transactional // read-write: the view record commits with the request (AuditLog)
    public Eligibility jptPratama(String nip, LocalDate date) {
        EmployeeRef ref = directory.ref(nip).orElseThrow(() -> new NotFoundProblem("employee.error.notFound", nip));
        if (CurrentUser.get().isEmpty() || !employees.canView(ref)) {
            throw new AccessDeniedProblem("employee outside scope");
        }
        LocalDate d = date == null ? today() : date;
        Eligibility e = JptPratamaEligibility.check(candidate(ref), d, JptPratamaParameters.DEFAULTS);
        audit.viewed(AUDIT_TYPE, nip);
        return e;
    }

    /** The three post kinds for the employee page (already scope-checked there) on {@code date}. */
    @Transactional(readOnly = true)
    public PostChecks posts(String nip, LocalDate date) {
        EmployeeRef ref = directory.ref(nip).orElseThrow(() -> new NotFoundProblem("employee.error.notFound", nip));
        Candidate c = candidate(ref);
        return new PostChecks(date, JptPratamaEligibility.check(c, date, JptPratamaParameters.DEFAULTS),
                ManagerialPostEligibility.check(ManagerialPost.ADMINISTRATOR, c, date, ManagerialPostParameters.DEFAULTS),
                ManagerialPostEligibility.check(ManagerialPost.PENGAWAS, c, date, ManagerialPostParameters.DEFAULTS));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Map<LocalDate, java.util.Set<id.merit.employee.PositionKind>>> eligibleKinds(java.util.Collection<EmployeeRef> refs,
                                                                                                 List<LocalDate> dates) {
        Map<String, Map<LocalDate, java.util.Set<id.merit.employee.PositionKind>>> out = new HashMap<>();
        // each record kind read once for everyone (one query each), not per employee
        List<Long> ids = refs.stream().map(EmployeeRef::id).toList();
        List<String> nips = refs.stream().map(EmployeeRef::nip).toList();
        Map<Long, List<id.merit.employee.EducationRecord>> education = ids.isEmpty() ? Map.of() : directory.educationOf(ids);
        Map<Long, List<id.merit.employee.PositionRecord>> positions = ids.isEmpty() ? Map.of() : directory.positionsOf(ids);
        Map<String, List<PerformanceRecord>> evaluations = nips.isEmpty() ? Map.of() : performance.forEmployees(nips);
        Map<String, List<PunishmentRecord>> sanctions = nips.isEmpty() ? Map.of() : punishments.forEmployees(nips);
        for (EmployeeRef ref : refs) {
            Candidate recorded = candidate(ref, education.getOrDefault(ref.id(), List.of()), positions.getOrDefault(ref.id(), List.of()),
                    evaluations.getOrDefault(ref.nip(), List.of()), sanctions.getOrDefault(ref.nip(), List.of()));
            Map<LocalDate, java.util.Set<id.merit.employee.PositionKind>> byDate = new HashMap<>();
            LocalDate today = today();
            for (LocalDate day : dates) {
                LocalDate d = day;
                // a later day: the predicates of the years to come are taken as the latest recorded (nothing else changes)
                Candidate c = day.isAfter(today) ? recorded.projectedThrough(day.getYear() - 1) : recorded;
                java.util.Set<id.merit.employee.PositionKind> kinds = java.util.EnumSet.noneOf(id.merit.employee.PositionKind.class);
                if (JptPratamaEligibility.check(c, d, JptPratamaParameters.DEFAULTS).eligible()) {
                    kinds.add(id.merit.employee.PositionKind.JPT_PRATAMA);
                }
                if (ManagerialPostEligibility.check(ManagerialPost.ADMINISTRATOR, c, d, ManagerialPostParameters.DEFAULTS).eligible()) {
                    kinds.add(id.merit.employee.PositionKind.ADMINISTRATOR);
                }
                if (ManagerialPostEligibility.check(ManagerialPost.PENGAWAS, c, d, ManagerialPostParameters.DEFAULTS).eligible()) {
                    kinds.add(id.merit.employee.PositionKind.PENGAWAS);
                }
                byDate.put(d, kinds);
            }
            out.put(ref.nip(), byDate);
        }
        return out;
    }

    /** The conditions decided by the registry row and the position history alone (type, age, years in posts). */
    private static final java.util.Set<EligibilityReason> POSITIONAL = java.util.EnumSet.of(EligibilityReason.EMPLOYEE_TYPE,
            EligibilityReason.AGE, EligibilityReason.EXPERIENCE, EligibilityReason.POSITION);

    /**
     * Set-based, the tighter variant of {@link #eligibleKinds} for one post kind and one day: of {@code refs}, those who
     * meet the conditions of {@code kind} on {@code date} as recorded (no projection of later predicates — the same
     * answer as the per-employee check and the API). Only PNS are read (every post kind requires one, EMPLOYEE_TYPE).
     * Two stages, each record kind read once for all concerned (one query each), never per employee: the position
     * history of everyone, through the same policy (its SKP and discipline conditions switched off, as no such record is
     * read yet), drops whoever fails a condition of the registry row or the position history (type, age, experience,
     * years in posts), which read nothing else, so the answer is unchanged; education, SKP predicates and punishments are
     * then read only for those left (about 4,000 of 72,000 PNS for JPT Pratama). Order kept.
     */
    @Transactional(readOnly = true)
    public List<EmployeeRef> eligibleOn(java.util.Collection<EmployeeRef> refs, LocalDate date, PositionKind kind) {
        long t0 = System.nanoTime();
        List<EmployeeRef> pns = refs.stream().filter(r -> r.employeeType() == id.merit.employee.EmployeeType.PNS).toList();
        if (pns.isEmpty()) {
            return List.of();
        }
        Map<Long, List<id.merit.employee.PositionRecord>> positions = directory.positionsOf(pns.stream().map(EmployeeRef::id).toList());
        long t1 = System.nanoTime();
        List<EmployeeRef> left = pns.stream().filter(r -> check(kind, candidate(r, List.of(), positions.getOrDefault(r.id(), List.of()),
                List.of(), List.of()), date, false).reasons().stream().noneMatch(POSITIONAL::contains)).toList();
        long t2 = System.nanoTime();
        if (left.isEmpty()) {
            return List.of();
        }
        List<Long> ids = left.stream().map(EmployeeRef::id).toList();
        List<String> nips = left.stream().map(EmployeeRef::nip).toList();
        Map<Long, List<id.merit.employee.EducationRecord>> education = directory.educationOf(ids);
        Map<String, List<PerformanceRecord>> evaluations = performance.forEmployees(nips);
        Map<String, List<PunishmentRecord>> sanctions = punishments.forEmployees(nips);
        long t3 = System.nanoTime();
        List<EmployeeRef> out = new ArrayList<>();
        for (EmployeeRef ref : left) {
            Candidate c = candidate(ref, education.getOrDefault(ref.id(), List.of()), positions.getOrDefault(ref.id(), List.of()),
                    evaluations.getOrDefault(ref.nip(), List.of()), sanctions.getOrDefault(ref.nip(), List.of()));
            if (check(kind, c, date, true).eligible()) {
                out.add(ref);
            }
        }
        if (log.isDebugEnabled()) {
            log.debug("eligibleOn {} {}: positions of {} PNS read {} ms, checked {} ms ({} left), education/SKP/punishments read {} ms, "
                    + "final check {} ms ({} eligible)", kind, date, pns.size(), ms(t0, t1), ms(t1, t2), left.size(), ms(t2, t3),
                    ms(t3, System.nanoTime()), out.size());
        }
        return out;
    }

    private static final JptPratamaParameters JPT_WITHOUT_RECORDS = JptPratamaParameters.DEFAULTS.withPerformance(false).withDiscipline(false);
    private static final ManagerialPostParameters MANAGERIAL_WITHOUT_RECORDS = ManagerialPostParameters.DEFAULTS.withPerformance(false)
            .withDiscipline(false);

    /** The post kind's check with the default rule set; {@code records} false switches off its SKP and discipline conditions. */
    private static Eligibility check(PositionKind kind, Candidate c, LocalDate date, boolean records) {
        return switch (kind) {
            case JPT_PRATAMA -> JptPratamaEligibility.check(c, date, records ? JptPratamaParameters.DEFAULTS : JPT_WITHOUT_RECORDS);
            case ADMINISTRATOR -> ManagerialPostEligibility.check(ManagerialPost.ADMINISTRATOR, c, date,
                    records ? ManagerialPostParameters.DEFAULTS : MANAGERIAL_WITHOUT_RECORDS);
            case PENGAWAS -> ManagerialPostEligibility.check(ManagerialPost.PENGAWAS, c, date,
                    records ? ManagerialPostParameters.DEFAULTS : MANAGERIAL_WITHOUT_RECORDS);
            case PELAKSANA, FUNGSIONAL -> throw new IllegalArgumentException("not a managerial post kind: " + kind);
        };
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** How far ahead the career path looks for the day a step's conditions are met (months). */
    static final int CAREER_HORIZON_MONTHS = 120;

    /**
     * One step of the career path: the conditions checked, the check today, and the earliest first-of-month within
     * {@value #CAREER_HORIZON_MONTHS} months on which it is met if nothing else changes (null: not by waiting alone).
     */
    public record CareerStep(CareerLadder.Step step, List<EligibilityReason> conditions, Eligibility today, LocalDate earliest) {
    }

    /**
     * The career path from the employee's current position (the employee page is scope-checked already): each next
     * post with its conditions on today's record and the earliest day they are met if nothing else changes — time in
     * post and age run on, the predicates of the years to come equal the latest recorded one.
     */
    @Transactional(readOnly = true)
    public List<CareerStep> careerPath(String nip, PositionKind kind, PositionLevel level, String rank) {
        EmployeeRef ref = directory.ref(nip).orElseThrow(() -> new NotFoundProblem("employee.error.notFound", nip));
        Candidate recorded = candidate(ref);
        LocalDate today = today();
        List<CareerStep> steps = new ArrayList<>();
        for (CareerLadder.Step step : CareerLadder.next(kind, level)) {
            Eligibility now = check(step, recorded, rank, today);
            LocalDate earliest = now.eligible() ? today : null;
            for (int m = 1; earliest == null && m <= CAREER_HORIZON_MONTHS; m++) {
                LocalDate d = today.withDayOfMonth(1).plusMonths(m);
                if (check(step, recorded.projectedThrough(d.getYear() - 1), rank, d).eligible()) {
                    earliest = d;
                }
            }
            List<EligibilityReason> conditions = step.route() == CareerLadder.Route.STRUCTURAL
                    ? CareerLadder.STRUCTURAL_CONDITIONS.get(step.kind())
                    : List.of(EligibilityReason.POSITION, EligibilityReason.PERFORMANCE, EligibilityReason.EMPLOYEE_TYPE);
            steps.add(new CareerStep(step, conditions, now, earliest));
        }
        return steps;
    }

    private static Eligibility check(CareerLadder.Step step, Candidate c, String rank, LocalDate d) {
        return switch (step.route()) {
            case FUNCTIONAL -> CareerLadder.functional(step.level(), rank, c, d);
            case STRUCTURAL -> switch (step.kind()) {
                case JPT_PRATAMA -> JptPratamaEligibility.check(c, d, JptPratamaParameters.DEFAULTS);
                case ADMINISTRATOR -> ManagerialPostEligibility.check(ManagerialPost.ADMINISTRATOR, c, d, ManagerialPostParameters.DEFAULTS);
                case PENGAWAS -> ManagerialPostEligibility.check(ManagerialPost.PENGAWAS, c, d, ManagerialPostParameters.DEFAULTS);
                case PELAKSANA, FUNGSIONAL -> throw new IllegalArgumentException("not a structural step: " + step.kind());
            };
        };
    }

    public record PostChecks(LocalDate date, Eligibility jptPratama, Eligibility administrator, Eligibility pengawas) {
    }

    Candidate candidate(EmployeeRef ref) {
        return candidate(ref, directory.education(ref.id()), directory.positions(ref.id()), performance.forEmployee(ref.nip()),
                punishments.forEmployee(ref.nip()));
    }

    private static Candidate candidate(EmployeeRef ref, List<id.merit.employee.EducationRecord> educationRecords,
                                       List<id.merit.employee.PositionRecord> positionRecords, List<PerformanceRecord> evaluations,
                                       List<PunishmentRecord> punishmentRecords) {
        List<Candidate.Degree> education = educationRecords.stream()
                .map(e -> new Candidate.Degree(e.level(), e.institution(), e.graduationDate())).toList();
        List<Candidate.Tenure> positions = positionRecords.stream()
                .map(p -> new Candidate.Tenure(p.positionName(), p.positionKind(), p.positionLevel(), p.startDate(), p.endDate()))
                .toList();
        Map<Integer, id.merit.performance.SkpPredicate> predicates = new HashMap<>();
        for (PerformanceRecord r : evaluations) {
            if (r.period() == SkpPeriod.ANNUAL && r.predicate() != null) {
                predicates.put(r.year(), r.predicate());
            }
        }
        List<Candidate.Sanction> sanctions = punishmentRecords.stream().map(EligibilityService::sanction).toList();
        return new Candidate(ref.employeeType(), ref.birthDate(), education, positions, predicates, sanctions);
    }

    private static Candidate.Sanction sanction(PunishmentRecord p) {
        return new Candidate.Sanction(p.level(), p.kind(), p.decisionDate(), p.endDate());
    }
}
