package id.merit.discipline.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.discipline.HolidayCalendar;
import id.merit.discipline.PunishmentLevel;
import id.merit.discipline.domain.CaseCommands.ViolationSanction;
import id.merit.discipline.domain.CaseViews.Detail;
import id.merit.discipline.domain.CaseViews.Summary;
import id.merit.discipline.domain.CaseViews.ViolationView;
import id.merit.discipline.domain.CaseViews.Warning;
import id.merit.discipline.rules.AttendanceBands;
import id.merit.discipline.rules.Authority;
import id.merit.discipline.rules.AuthorityPolicy;
import id.merit.discipline.rules.CaseStage;
import id.merit.discipline.rules.DecidingOfficial;
import id.merit.discipline.rules.DisciplineDeadlines;
import id.merit.discipline.rules.DisciplineDeadlines.Timeliness;
import id.merit.discipline.rules.HeaviestPunishment;
import id.merit.discipline.rules.Sanction;
import id.merit.employee.EmployeeQueries;
import id.merit.employee.EmployeeView;
import id.merit.orgunit.OpdQueries;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.PagedResult;
import id.merit.shared.SearchText;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The discipline case workflow (regulations.md §4.4): open → summons → examination (BAP) → decision → delivery →
 * effective/running → ended, or cancelled before the decision. BKPSDM (ADMIN, OFFICER) run every step; an OPD head
 * may open cases for the staff of their OPD; every read is scoped ({@link CaseScope}). Each step is audited and
 * refused when the form was opened on an older version of the case.
 */
@Service
@Transactional(readOnly = true)
public class CaseService {

    public static final String AUDIT_TYPE = "DISCIPLINE_CASE";
    private static final int HOLIDAY_HORIZON_DAYS = 120;
    private final CaseRepository cases;
    private final PunishmentService punishments;
    private final RuleSetService rules;
    private final InspectionService inspections;
    private final EmployeeQueries employees;
    private final OpdQueries opds;
    private final AuditLog audit;
    private final ObjectProvider<HolidayCalendar> calendar;
    private final ObjectProvider<id.merit.discipline.AttendanceEvidence> attendanceEvidence;
    /** interchange.md §3 band codes, lightest first. */
    private static final List<String> BANDS = List.of("NONE", "TEGURAN_LISAN", "TEGURAN_TERTULIS", "PERNYATAAN_TIDAK_PUAS",
            "SEDANG_6_BULAN", "SEDANG_9_BULAN", "SEDANG_12_BULAN", "PENURUNAN_JABATAN", "PEMBEBASAN_JABATAN", "PEMBERHENTIAN");

    CaseService(CaseRepository cases, PunishmentService punishments, RuleSetService rules, InspectionService inspections,
                EmployeeQueries employees, OpdQueries opds, AuditLog audit, ObjectProvider<HolidayCalendar> calendar,
                ObjectProvider<id.merit.discipline.AttendanceEvidence> attendanceEvidence) {
        this.attendanceEvidence = attendanceEvidence;
        this.cases = cases;
        this.punishments = punishments;
        this.rules = rules;
        this.inspections = inspections;
        this.employees = employees;
        this.opds = opds;
        this.audit = audit;
        this.calendar = calendar;
    }

    // ---------------------------------------------------------------- reads

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
        LocalDate today = LocalDate.now();
        return PagedResult.of(result, c -> new Summary(c.getId(), c.getNumber(), c.getNip(), c.getEmployeeName(), c.getOpdName(),
                c.getSource(), stageOn(c, today), c.getOpenedOn(), c.getSanctionKind(), c.getSanctionMonths()));
    }

    /** Scoped: the case with its computed stage and warnings; the access is logged (a personal record). */
    public Detail get(long id) {
        DisciplineCase c = visible(id);
        audit.viewed(AUDIT_TYPE, c.getNumber());
        return detail(c, LocalDate.now());
    }

    /** Scoped: the employee a new case would be about (for the opening form). */
    public EmployeeView accused(String nip) {
        return employees.get(nip);
    }

    /** The punishment an attendance band calls for under the regime in force on {@code day}. */
    public Optional<Sanction> proposal(String band, LocalDate day) {
        return AttendanceBands.sanctionFor(band, rules.on(day).regime());
    }

    /** The holidays from {@code from} over the next months (for the working-day limits). */
    Set<LocalDate> holidays(LocalDate from) {
        HolidayCalendar c = calendar.getIfAvailable();
        return c == null ? Set.of() : c.holidays(from, from.plusDays(HOLIDAY_HORIZON_DAYS));
    }

    // ---------------------------------------------------------------- steps

    /** A case "from attendance" may not claim a heavier band than the attendance record gives (nor a band at all without one). */
    private void checkAttendanceBasis(String nip, Integer year, String claimed) {
        if (year == null || claimed == null || !BANDS.contains(claimed) || "NONE".equals(claimed)) {
            throw new BusinessProblem(null, "discipline.case.error.attendanceBasis");
        }
        id.merit.discipline.AttendanceEvidence evidence = attendanceEvidence.getIfAvailable();
        if (evidence == null) {
            return;
        }
        evidence.recommendedBand(nip, year).ifPresent(actual -> {
            if (BANDS.indexOf(claimed) > BANDS.indexOf(actual)) {
                throw new BusinessProblem(null, "discipline.case.error.attendanceBasis");
            }
        });
    }

    /** Opens a case; an OPD head only for staff of their OPD (the employee lookup is scoped). Returns the case id. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD')")
    public long open(CaseCommands.Open cmd) {
        EmployeeView e = employees.get(cmd.nip());
        LocalDate today = LocalDate.now();
        LocalDate openedOn = cmd.openedOn() == null ? today : cmd.openedOn();
        if (openedOn.isAfter(today)) {
            throw new BusinessProblem("openedOn", "discipline.error.future");
        }
        List<String> violations = lines(cmd.violations());
        if (violations.isEmpty()) {
            throw new BusinessProblem("violations", "discipline.case.error.noViolation");
        }
        DisciplineCase c = new DisciplineCase();
        c.setEmployeeId(e.id());
        c.setNip(e.nip());
        c.setEmployeeName(e.name());
        c.setEmployeeRank(e.rank());
        c.setPositionName(e.positionName());
        c.setPositionKind(e.positionKind());
        c.setPositionLevel(e.positionLevel());
        c.setOpdId(e.opdId());
        c.setOpdName(e.opdName());
        c.setSource(cmd.source() == null ? CaseSource.MANUAL : cmd.source());
        Optional<Sanction> proposed = Optional.empty();
        if (c.getSource() == CaseSource.ATTENDANCE) {
            checkAttendanceBasis(e.nip(), cmd.attendanceYear(), trim(cmd.attendanceBand()));
            c.setAttendanceYear(cmd.attendanceYear());
            c.setAttendanceBand(trim(cmd.attendanceBand()));
            c.setSourceBasis(trim(cmd.sourceBasis()));
            proposed = proposal(cmd.attendanceBand(), openedOn);
        }
        if (c.getSource() == CaseSource.INSPECTION) {
            if (cmd.findingId() == null) {
                throw new BusinessProblem(null, "discipline.case.error.findingRequired");
            }
            c.setFindingId(cmd.findingId());
        }
        c.setAllegation(cmd.allegation().trim());
        c.setExpectedLevel(cmd.expectedLevel() != null ? cmd.expectedLevel() : proposed.map(Sanction::level).orElse(null));
        c.setStage(CaseStage.OPENED);
        c.setOpenedOn(openedOn);
        c.setOpenedBy(CurrentUser.actorName());
        for (int i = 0; i < violations.size(); i++) {
            Optional<Sanction> p = i == 0 ? proposed : Optional.empty();
            c.addViolation(violations.get(i), p.map(Sanction::kind).orElse(null), p.map(Sanction::months).orElse(null));
        }
        c.setUpdatedAt(OffsetDateTime.now());
        cases.saveAndFlush(c);
        c.setNumber(String.format("KD-%d-%05d", openedOn.getYear(), c.getId()));
        if (c.getFindingId() != null) {
            inspections.linkCase(c.getFindingId(), c.getNip(), c.getId());
        }
        audit.changed(AuditAction.CREATE, AUDIT_TYPE, c.getNumber(), c.getEmployeeName() + " (" + c.getNip() + ")", null, c.snapshot());
        return c.getId();
    }

    /** Records the summons letter; a late examination date is allowed but reported. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public List<Warning> summon(long id, int version, CaseCommands.Summons s) {
        DisciplineCase c = step(id, version, CaseStage.SUMMONED);
        if (s.letterDate().isBefore(c.getOpenedOn())) {
            throw new BusinessProblem("letterDate", "discipline.summons.error.beforeOpening", c.getOpenedOn().toString());
        }
        Timeliness t = DisciplineDeadlines.examTimeliness(s.letterDate(), s.examDate(), holidays(s.letterDate()));
        if (t == Timeliness.BEFORE_START) {
            throw new BusinessProblem("examDate", "discipline.summons.error.examBeforeLetter");
        }
        Map<String, Object> before = c.snapshot();
        c.setSummonsNumber(s.number().trim());
        c.setSummonsDate(s.letterDate());
        c.setExamDate(s.examDate());
        c.setExamPlace(trim(s.examPlace()));
        c.setSummonerName(trim(s.summonerName()));
        c.setSummonerNip(trim(s.summonerNip()));
        c.setSummonerPosition(trim(s.summonerPosition()));
        move(c, CaseStage.SUMMONED, before);
        return t == Timeliness.LATE ? List.of(examLate(c)) : List.of();
    }

    /** Records the examination (BAP); for an expected berat punishment the tim pemeriksa must be complete. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public void examine(long id, int version, CaseCommands.Examination x) {
        DisciplineCase c = step(id, version, CaseStage.EXAMINED);
        if (x.bapDate().isBefore(c.getSummonsDate())) {
            throw new BusinessProblem("bapDate", "discipline.exam.error.beforeSummons", DAY.format(c.getSummonsDate()));
        }
        if (c.getExamDate() != null && x.bapDate().isBefore(c.getExamDate())) {
            // the record of an examination cannot predate the examination the summons scheduled (PP 94/2021 Ps 26–29)
            throw new BusinessProblem("bapDate", "discipline.exam.error.beforeExam", DAY.format(c.getExamDate()));
        }
        if (x.bapDate().isAfter(LocalDate.now())) {
            throw new BusinessProblem("bapDate", "discipline.error.future");
        }
        Map<String, Object> before = c.snapshot();
        c.setBapDate(x.bapDate());
        c.setBapSummary(x.summary().trim());
        c.setExaminers(trim(x.examiners()));
        c.setAccusedAbsent(x.accusedAbsent());
        c.setTeamSuperior(trim(x.teamSuperior()));
        c.setTeamInspectorate(trim(x.teamInspectorate()));
        c.setTeamHr(trim(x.teamHr()));
        if (x.expectedLevel() != null) {
            c.setExpectedLevel(x.expectedLevel());
        }
        if (c.getExpectedLevel() == PunishmentLevel.BERAT && !c.teamComplete()) {
            throw new BusinessProblem(firstMissingTeamField(c), "discipline.exam.error.teamRequired");
        }
        lines(x.moreViolations()).forEach(v -> c.addViolation(v, null, null));
        move(c, CaseStage.EXAMINED, before);
    }

    /**
     * Decides: every violation gets the punishment it calls for, the heaviest is imposed (PP 94/2021 Pasal 35 ayat (1)),
     * the sedang kind must follow the regime in force on the decision date, the official must be authorised
     * (Pasal 16–25, {@link AuthorityProblem} otherwise) and a berat punishment needs the tim pemeriksa. Creates the
     * punishment record.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public Sanction decide(long id, int version, CaseCommands.Decision d) {
        DisciplineCase c = step(id, version, CaseStage.DECIDED);
        if (d.decisionDate().isBefore(c.getBapDate())) {
            throw new BusinessProblem("decisionDate", "discipline.decision.error.beforeExam", c.getBapDate().toString());
        }
        if (d.decisionDate().isAfter(LocalDate.now())) {
            throw new BusinessProblem("decisionDate", "discipline.error.future");
        }
        DisciplineRuleSet ruleSet = rules.on(d.decisionDate());
        Map<Long, ViolationSanction> byId = d.sanctions().stream().collect(Collectors.toMap(ViolationSanction::violationId,
                Function.identity(), (a, b) -> b));
        List<Sanction> sanctions = new ArrayList<>();
        for (int i = 0; i < c.getViolations().size(); i++) {
            Violation v = c.getViolations().get(i);
            ViolationSanction vs = byId.get(v.getId());
            String field = "sanctions[" + i + "]";
            if (vs == null || vs.kind() == null) {
                throw new BusinessProblem(field + ".kind", "discipline.decision.error.kindRequired");
            }
            Optional<Sanction.Problem> problem = Sanction.problem(vs.kind(), vs.months());
            if (problem.isPresent()) {
                throw new BusinessProblem(field + ".months", "discipline.decision.error." + problem.get().name());
            }
            if (!ruleSet.regime().allows(vs.kind())) {
                throw new BusinessProblem(field + ".kind", "discipline.decision.error.regime." + ruleSet.regime().name(),
                        ruleSet.effectiveFrom().toString());
            }
            sanctions.add(Sanction.of(vs.kind(), vs.months()));
        }
        Sanction heaviest = HeaviestPunishment.of(sanctions);
        Authority authority = AuthorityPolicy.check(d.official(), c.getPositionKind(), c.getPositionLevel(), d.relation(), heaviest.kind());
        if (!authority.granted()) {
            throw new AuthorityProblem(d.official(), heaviest.kind(), authority);
        }
        if (heaviest.level() == PunishmentLevel.BERAT && !c.teamComplete()) {
            throw new BusinessProblem(null, "discipline.decision.error.teamRequired");
        }
        Map<String, Object> before = c.snapshot();
        for (int i = 0; i < c.getViolations().size(); i++) {
            c.getViolations().get(i).setSanctionKind(sanctions.get(i).kind());
            c.getViolations().get(i).setSanctionMonths(sanctions.get(i).months());
        }
        c.setDecisionNumber(d.number().trim());
        c.setDecisionDate(d.decisionDate());
        c.setOfficial(d.official());
        c.setRelation(d.official() == DecidingOfficial.PPK_KABUPATEN ? null : d.relation());
        c.setOfficialName(trim(d.officialName()));
        c.setOfficialNip(trim(d.officialNip()));
        c.setOfficialPosition(trim(d.officialPosition()));
        c.setSanctionKind(heaviest.kind());
        c.setSanctionMonths(heaviest.months());
        c.setSedangRegime(ruleSet.regime());
        c.setDayCounting(ruleSet.counting());
        punishments.recordDecision(c.getEmployeeId(), c.getOpdId(), c.getNip(), heaviest, d.decisionDate(), c.getDecisionNumber(), c.getId());
        move(c, CaseStage.DECIDED, before);
        return heaviest;
    }

    /** Records the receipt of the decision: the effective and end dates follow (Pasal 38 ayat (1)); late delivery is reported. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public List<Warning> deliver(long id, int version, LocalDate receiptDate) {
        DisciplineCase c = step(id, version, CaseStage.DELIVERED);
        Set<LocalDate> holidays = holidays(c.getDecisionDate());
        Timeliness t = DisciplineDeadlines.deliveryTimeliness(c.getDecisionDate(), receiptDate, holidays);
        if (t == Timeliness.BEFORE_START) {
            throw new BusinessProblem("receiptDate", "discipline.delivery.error.beforeDecision", c.getDecisionDate().toString());
        }
        if (receiptDate.isAfter(LocalDate.now())) {
            throw new BusinessProblem("receiptDate", "discipline.error.future");
        }
        Map<String, Object> before = c.snapshot();
        Sanction sanction = Sanction.of(c.getSanctionKind(), c.getSanctionMonths());
        LocalDate effective = DisciplineDeadlines.effectiveDate(receiptDate, c.getDayCounting(), holidays(receiptDate));
        c.setReceiptDate(receiptDate);
        c.setEffectiveDate(effective);
        c.setEndDate(DisciplineDeadlines.endDate(effective, sanction).orElse(null));
        punishments.recordDelivery(c.getId(), c.getNip(), c.getEffectiveDate(), c.getEndDate());
        move(c, CaseStage.DELIVERED, before);
        return t == Timeliness.LATE
                ? List.of(new Warning("discipline.warning.deliveryLate", receiptDate, DisciplineDeadlines.deliveryDeadline(c.getDecisionDate(), holidays)))
                : List.of();
    }

    /** Cancels a case that has not been decided, with the reason. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public void cancel(long id, int version, String reason) {
        DisciplineCase c = step(id, version, CaseStage.CANCELLED);
        Map<String, Object> before = c.snapshot();
        c.setCancelReason(reason.trim());
        c.setClosedOn(LocalDate.now());
        move(c, CaseStage.CANCELLED, before);
    }

    /** Closes a delivered case by hand (e.g. after an appeal), with a note. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public void close(long id, int version, String note) {
        DisciplineCase c = step(id, version, CaseStage.ENDED);
        Map<String, Object> before = c.snapshot();
        c.setClosedNote(note.trim());
        c.setClosedOn(LocalDate.now());
        move(c, CaseStage.ENDED, before);
    }

    // ---------------------------------------------------------------- helpers

    private DisciplineCase visible(long id) {
        DisciplineCase c = cases.findById(id).orElseThrow(() -> new NotFoundProblem("discipline.case.error.notFound", id));
        if (!CaseScope.of(CurrentUser.require(), opds).covers(c.getOpdId(), c.getNip())) {
            throw new AccessDeniedProblem("case outside scope");
        }
        return c;
    }

    private DisciplineCase step(long id, int version, CaseStage target) {
        DisciplineCase c = cases.findById(id).orElseThrow(() -> new NotFoundProblem("discipline.case.error.notFound", id));
        if (c.getVersion() != version) {
            throw new BusinessProblem(null, "form.error.stale");
        }
        if (!c.getStage().canMoveTo(target)) {
            throw new BusinessProblem(null, "discipline.case.error.step", c.getStage().name(), target.name());
        }
        return c;
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private void move(DisciplineCase c, CaseStage target, Map<String, Object> before) {
        CaseStage from = c.getStage();
        c.setStage(target);
        c.setUpdatedAt(OffsetDateTime.now());
        cases.saveAndFlush(c);
        audit.changed(AuditAction.UPDATE, AUDIT_TYPE, c.getNumber(), from + " → " + target, before, c.snapshot());
    }

    private Warning examLate(DisciplineCase c) {
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
        LocalDate deliveryDeadline = null;
        if (c.getDecisionDate() != null) {
            deliveryDeadline = DisciplineDeadlines.deliveryDeadline(c.getDecisionDate(), holidays(c.getDecisionDate()));
            if (c.getReceiptDate() != null && c.getReceiptDate().isAfter(deliveryDeadline)) {
                warnings.add(new Warning("discipline.warning.deliveryLate", c.getReceiptDate(), deliveryDeadline));
            } else if (c.getReceiptDate() == null && today.isAfter(deliveryDeadline)) {
                warnings.add(new Warning("discipline.warning.deliveryOverdue", deliveryDeadline));
            }
        }
        if (c.getStage().open() && c.getExpectedLevel() == PunishmentLevel.BERAT && !c.teamComplete()) {
            warnings.add(new Warning("discipline.warning.teamRequired"));
        }
        if (c.getStage().open() && c.getAttendanceBand() != null && !"NONE".equals(c.getAttendanceBand())
                && c.getViolations().stream().allMatch(v -> v.getSanctionKind() == null)) {
            warnings.add(new Warning("discipline.warning.bandUnknown", c.getAttendanceBand()));
        }
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
                        v.getSanctionMonths())).toList(), List.copyOf(warnings));
    }

    private static CaseStage stageOn(DisciplineCase c, LocalDate today) {
        return CaseStage.current(c.getStage(), c.getEffectiveDate(), c.getEndDate(),
                c.getSanctionKind() != null && c.getSanctionKind().permanent(), today);
    }

    private static String firstMissingTeamField(DisciplineCase c) {
        if (c.getTeamSuperior() == null) {
            return "teamSuperior";
        }
        return c.getTeamInspectorate() == null ? "teamInspectorate" : "teamHr";
    }

    private static List<String> lines(List<String> raw) {
        return raw == null ? List.of() : raw.stream().filter(s -> s != null && !s.isBlank()).map(String::trim).toList();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
