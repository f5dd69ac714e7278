package id.merit.discipline.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.discipline.AttendanceEvidence;
import id.merit.discipline.SanctionBand;
import id.merit.discipline.domain.CaseCommands.ViolationSanction;
import id.merit.discipline.domain.CaseViews.Warning;
import id.merit.discipline.rules.AttendanceBands;
import id.merit.discipline.rules.Authority;
import id.merit.discipline.rules.AuthorityPolicy;
import id.merit.discipline.rules.CaseStage;
import id.merit.discipline.rules.DisciplineDeadlines;
import id.merit.discipline.rules.DisciplineDeadlines.Timeliness;
import id.merit.discipline.rules.HeaviestPunishment;
import id.merit.discipline.rules.Sanction;
import id.merit.employee.EmployeeQueries;
import id.merit.employee.EmployeeView;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a discipline case (regulations.md §4.4): open → summons (a second one when the first examination was
 * missed) → examination (BAP), or the decision on the evidence when the second was missed too → decision → delivery →
 * objection and its answer; a relief from the post while a berat punishment is likely; cancel before the decision,
 * close after delivery. BKPSDM (ADMIN, OFFICER) run the steps; an OPD head may open cases for the staff of their OPD;
 * the employee may file an objection against their own decision. {@link DisciplineCase} guards the stages and its own
 * dates; this service adds what needs the rule sets, the holidays, the authority table and the punishment register.
 * Each step is audited and refused when the form was opened on an older version of the case.
 */
@Service
@Transactional(readOnly = true)
public class CaseWorkflow {

    private final CaseRepository cases;
    private final CaseService reads;
    private final PunishmentService punishments;
    private final RuleSetService rules;
    private final InspectionService inspections;
    private final EmployeeQueries employees;
    private final AuditLog audit;
    private final DisciplineClock clock;
    private final AttendanceEvidence attendanceEvidence;
    CaseWorkflow(CaseRepository cases, CaseService reads, PunishmentService punishments, RuleSetService rules, InspectionService inspections,
                 EmployeeQueries employees, AuditLog audit, DisciplineClock clock,
                 AttendanceEvidence attendanceEvidence) {
        this.cases = cases;
        this.reads = reads;
        this.punishments = punishments;
        this.rules = rules;
        this.inspections = inspections;
        this.employees = employees;
        this.audit = audit;
        this.clock = clock;
        this.attendanceEvidence = attendanceEvidence;
    }

    /**
     * A case "from attendance" may not claim a heavier band than the attendance record gives (nor a band at all without
     * one). The record is read as in a case examined from {@code openedOn} on: PP 94/2021 from 31 August 2021 whatever
     * the dates of the absences (PP 94/2021 Pasal 40 ayat (3)).
     */
    private void checkAttendanceBasis(String nip, Integer year, String claimed, LocalDate openedOn) {
        SanctionBand band = SanctionBand.parse(claimed).orElse(SanctionBand.NONE);
        if (year == null || band == SanctionBand.NONE
                || band.heavierThan(attendanceEvidence.recommendedBand(nip, year, openedOn))) {
            throw new BusinessProblem(null, "discipline.case.error.attendanceBasis");
        }
    }

    /** Opens a case; an OPD head only for staff of their OPD (the employee lookup is scoped). Returns the case id. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD')")
    public long open(CaseCommands.Open cmd) {
        EmployeeView e = employees.get(cmd.nip());
        if (!e.employeeType().isAsn()) {
            // PP 94/2021 binds PNS (CPNS: Pasal 43) and, by PP 49/2018 Pasal 52–54, PPPK; honorary staff answer to their contract
            throw new BusinessProblem("nip", "discipline.case.error.nonAsn");
        }
        LocalDate today = clock.today();
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
            checkAttendanceBasis(e.nip(), cmd.attendanceYear(), trim(cmd.attendanceBand()), openedOn);
            if (!cmd.confirmDuplicate()) {
                // one year's absences are one set of facts: a second case for them only when the user confirms it (issue 9)
                reads.sameAttendanceFacts(e.nip(), cmd.attendanceYear()).ifPresent(d -> {
                    throw new BusinessProblem("confirmDuplicate", "discipline.case.error.duplicate", d.number(),
                            String.valueOf(cmd.attendanceYear()));
                });
            }
            c.setAttendanceYear(cmd.attendanceYear());
            c.setAttendanceBand(trim(cmd.attendanceBand()));
            c.setSourceBasis(trim(cmd.sourceBasis()));
            proposed = AttendanceBands.sanctionFor(cmd.attendanceBand(), rules.on(openedOn).regime());
        }
        if (c.getSource() == CaseSource.INSPECTION) {
            if (cmd.findingId() == null) {
                throw new BusinessProblem(null, "discipline.case.error.findingRequired");
            }
            c.setFindingId(cmd.findingId());
        }
        c.setAllegation(cmd.allegation().trim());
        c.setExpectedLevel(cmd.expectedLevel() != null ? cmd.expectedLevel() : proposed.map(Sanction::level).orElse(null));
        c.setOpenedOn(openedOn);
        c.setOpenedBy(CurrentUser.actorName());
        for (int i = 0; i < violations.size(); i++) {
            Optional<Sanction> p = i == 0 ? proposed : Optional.empty();
            c.addViolation(violations.get(i), p.map(Sanction::kind).orElse(null), p.map(Sanction::months).orElse(null));
        }
        c.setUpdatedAt(clock.now());
        cases.saveAndFlush(c);
        c.setNumber(String.format("KD-%d-%05d", openedOn.getYear(), c.getId()));
        if (c.getFindingId() != null) {
            inspections.linkCase(c.getFindingId(), c.getNip(), c.getId());
        }
        audit.changed(AuditAction.CREATE, CaseService.AUDIT_TYPE, c.getNumber(), c.getEmployeeName() + " (" + c.getNip() + ")", null,
                c.snapshot());
        return c.getId();
    }

    /** Records the summons letter; a late examination date is allowed but reported. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public List<Warning> summon(long id, int version, CaseCommands.Summons s) {
        DisciplineCase c = load(id, version, CaseStage.SUMMONED);
        Map<String, Object> before = c.snapshot();
        c.summon(s);
        saved(c, before, "→ " + CaseStage.SUMMONED);
        Timeliness t = DisciplineDeadlines.examTimeliness(s.letterDate(), s.examDate(), reads.holidays(s.letterDate()));
        return t == Timeliness.LATE ? List.of(reads.examLate(c)) : List.of();
    }

    /**
     * Records the second summons after the accused missed the first examination (PP 94/2021 Pasal 26 ayat (3)); a letter
     * dated more than 7 working days after the missed examination is allowed but reported.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public List<Warning> summonAgain(long id, int version, CaseCommands.SecondSummons s) {
        DisciplineCase c = load(id, version, null);
        Map<String, Object> before = c.snapshot();
        c.summonAgain(s, clock.today());
        saved(c, before, "summons 2");
        Set<LocalDate> h = reads.holidays(c.getExamDate());
        return DisciplineDeadlines.secondSummonsTimeliness(c.getExamDate(), s.letterDate(), h) == Timeliness.LATE
                ? List.of(new Warning("discipline.warning.secondSummonsLate", s.letterDate(),
                        DisciplineDeadlines.latestSecondSummonsDate(c.getExamDate(), h)))
                : List.of();
    }

    /** Records the examination (BAP); for an expected berat punishment the tim pemeriksa must be complete. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public void examine(long id, int version, CaseCommands.Examination x) {
        change(id, version, CaseStage.EXAMINED, "", c -> c.examine(x, clock.today()));
    }

    /** The accused missed the second examination too: the decision follows on the evidence, without a BAP (Pasal 26 ayat (4)). */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public void absentAgain(long id, int version, String evidence) {
        change(id, version, CaseStage.EXAMINED, " (Pasal 26 ayat (4))", c -> c.absentAgain(evidence, clock.today()));
    }

    /** Records the temporary relief from the post and the Plh (PP 94/2021 Pasal 31). */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public void relieve(long id, int version, CaseCommands.Relief r) {
        change(id, version, null, "Pasal 31", c -> c.relieve(r, clock.today()));
    }

    /**
     * Decides: every violation gets the punishment it calls for, the heaviest is imposed (PP 94/2021 Pasal 35 ayat (1)),
     * the sedang kind must follow the regime in force on the decision date, the official must be authorised
     * (Pasal 16–25, {@link AuthorityProblem} otherwise) and a berat punishment needs the tim pemeriksa. Creates the
     * punishment record; a relief from the post ends.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public Sanction decide(long id, int version, CaseCommands.Decision d) {
        DisciplineCase c = load(id, version, CaseStage.DECIDED);
        LocalDate today = clock.today();
        c.checkDecisionDate(d.decisionDate(), today);
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
            sanctions.add(sanction(vs.kind(), vs.months(), ruleSet, field + "."));
        }
        Sanction heaviest = HeaviestPunishment.of(sanctions);
        Authority authority = AuthorityPolicy.check(d.official(), c.getPositionKind(), c.getPositionLevel(), d.relation(), heaviest.kind());
        if (!authority.granted()) {
            throw new AuthorityProblem(d.official(), heaviest.kind(), authority);
        }
        Map<String, Object> before = c.snapshot();
        c.decide(d, sanctions, heaviest, ruleSet.regime(), ruleSet.counting(), today);
        punishments.recordDecision(c.getEmployeeId(), c.getOpdId(), c.getNip(), heaviest, d.decisionDate(), c.getDecisionNumber(), c.getId());
        saved(c, before, "→ " + CaseStage.DECIDED);
        return heaviest;
    }

    /** Records the receipt of the decision: the effective and end dates follow (Pasal 38 ayat (1)); late delivery is reported. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public List<Warning> deliver(long id, int version, LocalDate receiptDate) {
        DisciplineCase c = load(id, version, CaseStage.DELIVERED);
        Set<LocalDate> holidays = reads.holidays(c.getDecisionDate());
        Map<String, Object> before = c.snapshot();
        Sanction sanction = Sanction.of(c.getSanctionKind(), c.getSanctionMonths());
        LocalDate effective = DisciplineDeadlines.effectiveDate(receiptDate, c.getDayCounting(), reads.holidays(receiptDate));
        c.deliver(receiptDate, effective, DisciplineDeadlines.endDate(effective, sanction).orElse(null), clock.today());
        punishments.recordDelivery(c.getId(), c.getNip(), c.getEffectiveDate(), c.getEndDate());
        saved(c, before, "→ " + CaseStage.DELIVERED);
        return DisciplineDeadlines.deliveryTimeliness(c.getDecisionDate(), receiptDate, holidays) == Timeliness.LATE
                ? List.of(new Warning("discipline.warning.deliveryLate", receiptDate, DisciplineDeadlines.deliveryDeadline(c.getDecisionDate(), holidays)))
                : List.of();
    }

    /**
     * Files an objection (or, against dismissal, an appeal to BPASN) within 14 working days of receipt (PP 79/2021 Pasal 4
     * ayat (2), Pasal 11): by the employee on their own case, or by BKPSDM on their behalf. While it is pending the
     * punishment does not take effect (PP 94/2021 Pasal 38 ayat (2)): its dates are cleared, here and in the register.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','EMPLOYEE')")
    public void fileObjection(long id, int version, CaseCommands.ObjectionFiling f) {
        CurrentUser user = CurrentUser.require();
        DisciplineCase c = reads.visible(id);
        if (user.role() == Role.EMPLOYEE && !c.getNip().equals(user.nip())) {
            throw new AccessDeniedProblem("objection only on one's own case");
        }
        checkVersion(c, version);
        Map<String, Object> before = c.snapshot();
        c.fileObjection(f, CurrentUser.actorName(), user.role() != Role.EMPLOYEE,
                receipt -> DisciplineDeadlines.objectionDeadline(receipt, reads.holidays(receipt)), clock.today());
        punishments.recordDelivery(c.getId(), c.getNip(), null, null);
        saved(c, before, c.getObjection().getKind().name());
    }

    /**
     * Records the answer to the objection (or BPASN's to the appeal): the punishment confirmed, lightened or made heavier
     * (with the new kind) or annulled; the effective date is counted again from the receipt of the answer (Pasal 38
     * ayat (1)–(2)) and the register follows. An answer after the 21 working days (PP 79/2021 Pasal 5) is reported.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public List<Warning> answerObjection(long id, int version, CaseCommands.ObjectionAnswer a) {
        DisciplineCase c = load(id, version, null);
        Sanction current = c.getSanctionKind() == null ? null : Sanction.of(c.getSanctionKind(), c.getSanctionMonths());
        Sanction replacement = a.outcome().changesSanction() ? replacement(a, current) : current;
        LocalDate effective = null;
        LocalDate end = null;
        if (a.outcome() != ObjectionOutcome.ANNULLED && replacement != null && a.receivedOn() != null) {
            effective = DisciplineDeadlines.effectiveDate(a.receivedOn(), c.getDayCounting(), reads.holidays(a.receivedOn()));
            end = DisciplineDeadlines.endDate(effective, replacement).orElse(null);
        }
        Map<String, Object> before = c.snapshot();
        c.answerObjection(a, replacement, effective, end, clock.today());
        if (a.outcome() == ObjectionOutcome.ANNULLED) {
            punishments.annul(c.getId(), c.getNip(), c.getObjection().getNumber());
        } else {
            punishments.recordObjectionOutcome(c.getId(), c.getNip(), replacement, effective, end);
        }
        saved(c, before, c.getObjection().getKind() + " " + a.outcome());
        Objection o = c.getObjection();
        if (o.getKind() == ObjectionKind.OBJECTION) {
            LocalDate answerBy = DisciplineDeadlines.objectionAnswerDeadline(o.getFiledOn(), reads.holidays(o.getFiledOn()));
            if (o.getDecidedOn().isAfter(answerBy)) {
                return List.of(new Warning("discipline.warning.objectionLate", o.getDecidedOn(), answerBy));
            }
        }
        return List.of();
    }

    /** The new punishment of a lightened or heavier answer: a valid kind of the regime, lighter or heavier than the one decided. */
    private Sanction replacement(CaseCommands.ObjectionAnswer a, Sanction current) {
        if (a.kind() == null) {
            throw new BusinessProblem("kind", "discipline.decision.error.kindRequired");
        }
        Sanction s = sanction(a.kind(), a.months(), rules.on(a.decidedOn()), "");
        int cmp = current == null ? 0 : Sanction.BY_SEVERITY.compare(s, current);
        if (a.outcome() == ObjectionOutcome.LIGHTENED && cmp >= 0) {
            throw new BusinessProblem("kind", "discipline.objection.error.notLighter");
        }
        if (a.outcome() == ObjectionOutcome.HEAVIER && cmp <= 0) {
            throw new BusinessProblem("kind", "discipline.objection.error.notHeavier");
        }
        return s;
    }

    /** A punishment the regulation knows (kind with valid months) and the regime of the rule set allows; refusals on {@code field}kind/months. */
    private static Sanction sanction(id.merit.discipline.PunishmentKind kind, Integer months, DisciplineRuleSet ruleSet, String field) {
        Optional<Sanction.Problem> problem = Sanction.problem(kind, months);
        if (problem.isPresent()) {
            throw new BusinessProblem(field + "months", "discipline.decision.error." + problem.get().name());
        }
        if (!ruleSet.regime().allows(kind)) {
            throw new BusinessProblem(field + "kind", "discipline.decision.error.regime." + ruleSet.regime().name(),
                    ruleSet.effectiveFrom().toString());
        }
        return Sanction.of(kind, months);
    }

    /** Cancels a case that has not been decided, with the reason. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public void cancel(long id, int version, String reason) {
        change(id, version, CaseStage.CANCELLED, "", c -> c.cancel(reason, clock.today()));
    }

    /** Closes a delivered case by hand (e.g. after an appeal), with a note. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public void close(long id, int version, String note) {
        change(id, version, CaseStage.ENDED, "", c -> c.close(note, clock.today()));
    }

    /** A step that needs nothing but the case: load it, let it change itself, save and audit ("→ target" plus {@code what}). */
    private void change(long id, int version, CaseStage target, String what, java.util.function.Consumer<DisciplineCase> step) {
        DisciplineCase c = load(id, version, target);
        Map<String, Object> before = c.snapshot();
        step.accept(c);
        saved(c, before, (target == null ? "" : "→ " + target) + what);
    }

    /** The case for a step: 404 when missing, refused when the form is stale or (with a target) the stage does not lead there. */
    private DisciplineCase load(long id, int version, CaseStage target) {
        DisciplineCase c = cases.findById(id).orElseThrow(() -> new NotFoundProblem("discipline.case.error.notFound", id));
        checkVersion(c, version);
        if (target != null) {
            c.require(target);
        }
        return c;
    }

    private static void checkVersion(DisciplineCase c, int version) {
        if (c.getVersion() != version) {
            throw new BusinessProblem(null, "form.error.stale");
        }
    }

    private void saved(DisciplineCase c, Map<String, Object> before, String what) {
        c.setUpdatedAt(clock.now());
        cases.saveAndFlush(c);
        audit.changed(AuditAction.UPDATE, CaseService.AUDIT_TYPE, c.getNumber(), before.get("stage") + " " + what, before, c.snapshot());
    }

    private static List<String> lines(List<String> raw) {
        return raw == null ? List.of() : raw.stream().filter(s -> s != null && !s.isBlank()).map(String::trim).toList();
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
