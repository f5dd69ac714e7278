package id.merit.discipline.domain;

import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import id.merit.discipline.rules.CaseStage;
import id.merit.discipline.rules.DecidingOfficial;
import id.merit.discipline.rules.DisciplineDeadlines.DayCounting;
import id.merit.discipline.rules.Relation;
import id.merit.discipline.SedangRegime;
import id.merit.discipline.rules.Sanction;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import id.merit.shared.BusinessProblem;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.Setter;

/**
 * A discipline case (table {@code discipline.case_file}); the employee and position are copies taken at opening. The
 * case guards its own workflow (regulations.md §4.4): each step is a method that refuses when the recorded stage does
 * not allow it, or when its dates contradict what the case already holds, and moves the stage itself. What needs the
 * rule sets, the holidays or other records (the punishment register, the authority table) stays in the workflow service.
 */
@Entity
@Table(schema = "discipline", name = "case_file")
@Getter
@Setter
public class DisciplineCase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String number;
    @Column(name = "employee_id")
    private long employeeId;
    private String nip;
    @Column(name = "employee_name")
    private String employeeName;
    @Column(name = "employee_rank")
    private String employeeRank;
    @Column(name = "position_name")
    private String positionName;
    @Enumerated(EnumType.STRING)
    @Column(name = "position_kind")
    private PositionKind positionKind;
    @Enumerated(EnumType.STRING)
    @Column(name = "position_level")
    private PositionLevel positionLevel;
    @Column(name = "opd_id")
    private long opdId;
    @Column(name = "opd_name")
    private String opdName;
    @Enumerated(EnumType.STRING)
    private CaseSource source;
    @Column(name = "attendance_year")
    private Integer attendanceYear;
    @Column(name = "attendance_band")
    private String attendanceBand;
    @Column(name = "source_basis")
    private String sourceBasis;
    @Column(name = "finding_id")
    private Long findingId;
    private String allegation;
    @Enumerated(EnumType.STRING)
    @Column(name = "expected_level")
    private PunishmentLevel expectedLevel;
    @Enumerated(EnumType.STRING)
    @Setter(AccessLevel.NONE)
    private CaseStage stage = CaseStage.OPENED;
    @Column(name = "opened_on")
    private LocalDate openedOn;
    @Column(name = "opened_by")
    private String openedBy;

    @Column(name = "summons_number")
    private String summonsNumber;
    @Column(name = "summons_date")
    private LocalDate summonsDate;
    @Column(name = "exam_date")
    private LocalDate examDate;
    @Column(name = "exam_place")
    private String examPlace;
    @Column(name = "summoner_name")
    private String summonerName;
    @Column(name = "summoner_nip")
    private String summonerNip;
    @Column(name = "summoner_position")
    private String summonerPosition;

    @Column(name = "bap_date")
    private LocalDate bapDate;
    @Column(name = "bap_summary")
    private String bapSummary;
    private String examiners;
    @Column(name = "accused_absent")
    private boolean accusedAbsent;
    @Column(name = "team_superior")
    private String teamSuperior;
    @Column(name = "team_inspectorate")
    private String teamInspectorate;
    @Column(name = "team_hr")
    private String teamHr;

    @Column(name = "decision_number")
    private String decisionNumber;
    @Column(name = "decision_date")
    private LocalDate decisionDate;
    @Enumerated(EnumType.STRING)
    private DecidingOfficial official;
    @Enumerated(EnumType.STRING)
    private Relation relation;
    @Column(name = "official_name")
    private String officialName;
    @Column(name = "official_nip")
    private String officialNip;
    @Column(name = "official_position")
    private String officialPosition;
    @Enumerated(EnumType.STRING)
    @Column(name = "sanction_kind")
    private PunishmentKind sanctionKind;
    @Column(name = "sanction_months")
    private Integer sanctionMonths;
    @Enumerated(EnumType.STRING)
    @Column(name = "sedang_regime")
    private SedangRegime sedangRegime;

    @Embedded
    @Setter(AccessLevel.NONE)
    private SecondSummons secondSummons;
    @Column(name = "without_examination")
    @Setter(AccessLevel.NONE)
    private boolean withoutExamination;
    @Embedded
    @Setter(AccessLevel.NONE)
    private Relief relief;
    @Embedded
    @Setter(AccessLevel.NONE)
    private Objection objection;

    @Column(name = "receipt_date")
    private LocalDate receiptDate;
    @Column(name = "effective_date")
    private LocalDate effectiveDate;
    @Column(name = "end_date")
    private LocalDate endDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "day_counting")
    private DayCounting dayCounting;

    @Column(name = "cancel_reason")
    private String cancelReason;
    @Column(name = "closed_note")
    private String closedNote;
    @Column(name = "closed_on")
    private LocalDate closedOn;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Version
    private int version;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "case_id", nullable = false)
    @OrderBy("seq")
    private List<Violation> violations = new ArrayList<>();

    /** Whether the tim pemeriksa (atasan langsung, inspectorate, HR) is complete. */
    boolean teamComplete() {
        return notBlank(teamSuperior) && notBlank(teamInspectorate) && notBlank(teamHr);
    }

    /** Refuses a step the recorded stage does not lead to. */
    void require(CaseStage target) {
        if (!stage.canMoveTo(target)) {
            throw new BusinessProblem(null, "discipline.case.error.step", stage.name(), target.name());
        }
    }

    /** The day the case was examined: the BAP, or the missed second examination when decided without one (Pasal 26 ayat (4)). */
    LocalDate examinedOn() {
        return withoutExamination ? secondSummons.getAbsentAgainOn() : bapDate;
    }

    /** The summons letter of the atasan langsung and the examination it sets (Pasal 26 ayat (1)–(2)). */
    void summon(CaseCommands.Summons s) {
        require(CaseStage.SUMMONED);
        if (s.letterDate().isBefore(openedOn)) {
            throw new BusinessProblem("letterDate", "discipline.summons.error.beforeOpening", openedOn.toString());
        }
        if (s.examDate().isBefore(s.letterDate())) {
            throw new BusinessProblem("examDate", "discipline.summons.error.examBeforeLetter");
        }
        summonsNumber = s.number().trim();
        summonsDate = s.letterDate();
        examDate = s.examDate();
        examPlace = trim(s.examPlace());
        summonerName = trim(s.summonerName());
        summonerNip = trim(s.summonerNip());
        summonerPosition = trim(s.summonerPosition());
        stage = CaseStage.SUMMONED;
    }

    /**
     * The second summons after the accused missed the first examination (Pasal 26 ayat (3)): once, dated on or after
     * the missed day and not in the future, with an examination on or after its own date. The stage stays SUMMONED.
     */
    void summonAgain(CaseCommands.SecondSummons s, LocalDate today) {
        if (stage != CaseStage.SUMMONED) {
            throw new BusinessProblem(null, "discipline.case.error.step", stage.name(), CaseStage.SUMMONED.name());
        }
        if (secondSummons != null) {
            throw new BusinessProblem(null, "discipline.secondSummons.error.already");
        }
        if (s.letterDate().isBefore(examDate)) {
            throw new BusinessProblem("letterDate", "discipline.secondSummons.error.beforeMissed", examDate.toString());
        }
        if (s.letterDate().isAfter(today)) {
            throw new BusinessProblem("letterDate", "discipline.error.future");
        }
        if (s.examDate().isBefore(s.letterDate())) {
            throw new BusinessProblem("examDate", "discipline.summons.error.examBeforeLetter");
        }
        secondSummons = new SecondSummons(s.number().trim(), s.letterDate(), s.examDate(), trim(s.examPlace()), null, null);
    }

    /** The examination and its BAP; for an expected berat punishment the tim pemeriksa must be complete. */
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy");

    void examine(CaseCommands.Examination x, LocalDate today) {
        require(CaseStage.EXAMINED);
        if (x.bapDate().isBefore(summonsDate)) {
            throw new BusinessProblem("bapDate", "discipline.exam.error.beforeSummons", DAY.format(summonsDate));
        }
        LocalDate scheduled = secondSummons != null ? secondSummons.getExamDate() : examDate;
        if (scheduled != null && x.bapDate().isBefore(scheduled)) {
            // the record of an examination cannot predate the examination the summons scheduled (PP 94/2021 Ps 26–29)
            throw new BusinessProblem("bapDate", "discipline.exam.error.beforeExam", DAY.format(scheduled));
        }
        if (x.bapDate().isAfter(today)) {
            throw new BusinessProblem("bapDate", "discipline.error.future");
        }
        bapDate = x.bapDate();
        bapSummary = x.summary().trim();
        examiners = trim(x.examiners());
        accusedAbsent = x.accusedAbsent();
        teamSuperior = trim(x.teamSuperior());
        teamInspectorate = trim(x.teamInspectorate());
        teamHr = trim(x.teamHr());
        if (x.expectedLevel() != null) {
            expectedLevel = x.expectedLevel();
        }
        if (expectedLevel == PunishmentLevel.BERAT && !teamComplete()) {
            throw new BusinessProblem(firstMissingTeamField(), "discipline.exam.error.teamRequired");
        }
        (x.moreViolations() == null ? List.<String>of() : x.moreViolations()).stream().filter(v -> v != null && !v.isBlank()).map(String::trim).forEach(v -> addViolation(v, null, null));
        stage = CaseStage.EXAMINED;
    }

    /**
     * The accused missed the second examination too: the case goes to the decision on the evidence at hand, without an
     * examination and without a BAP (Pasal 26 ayat (4)). Only after a second summons whose examination day has come.
     */
    void absentAgain(String evidence, LocalDate today) {
        require(CaseStage.EXAMINED);
        if (secondSummons == null) {
            throw new BusinessProblem(null, "discipline.absent.error.noSecondSummons");
        }
        if (secondSummons.getExamDate().isAfter(today)) {
            throw new BusinessProblem(null, "discipline.absent.error.notYet", secondSummons.getExamDate().toString());
        }
        secondSummons = secondSummons.absentAgain(evidence.trim());
        withoutExamination = true;
        accusedAbsent = true;
        stage = CaseStage.EXAMINED;
    }

    /**
     * Temporary relief from the post (Pasal 31): only while a berat punishment is likely, once the accused has been
     * summoned and before the decision, from a day not before the summons and not in the future; a Plh is named.
     */
    void relieve(CaseCommands.Relief r, LocalDate today) {
        if (stage != CaseStage.SUMMONED && stage != CaseStage.EXAMINED) {
            throw new BusinessProblem(null, "discipline.relief.error.stage");
        }
        if (expectedLevel != PunishmentLevel.BERAT) {
            throw new BusinessProblem(null, "discipline.relief.error.notBerat");
        }
        if (relief != null) {
            throw new BusinessProblem(null, "discipline.relief.error.already");
        }
        if (r.from().isBefore(summonsDate)) {
            throw new BusinessProblem("from", "discipline.relief.error.beforeSummons", summonsDate.toString());
        }
        if (r.from().isAfter(today)) {
            throw new BusinessProblem("from", "discipline.error.future");
        }
        relief = new Relief(r.from(), r.byName().trim(), trim(r.byPosition()), r.plhName().trim(), trim(r.plhNip()), null);
    }

    /** Refuses a decision date before the examination or in the future (checked before the punishments are weighed). */
    void checkDecisionDate(LocalDate decisionDate, LocalDate today) {
        require(CaseStage.DECIDED);
        LocalDate examined = examinedOn();
        if (decisionDate.isBefore(examined)) {
            throw new BusinessProblem("decisionDate", "discipline.decision.error.beforeExam", examined.toString());
        }
        if (decisionDate.isAfter(today)) {
            throw new BusinessProblem("decisionDate", "discipline.error.future");
        }
    }

    /**
     * The decision: each violation its punishment, the heaviest imposed (Pasal 35 ayat (1)); a berat punishment needs the
     * tim pemeriksa unless the accused never came to be examined (Pasal 26 ayat (4)). Ends a relief (Pasal 31).
     */
    void decide(CaseCommands.Decision d, List<Sanction> perViolation, Sanction heaviest, SedangRegime regime, DayCounting counting,
                LocalDate today) {
        checkDecisionDate(d.decisionDate(), today);
        if (heaviest.level() == PunishmentLevel.BERAT && !withoutExamination && !teamComplete()) {
            throw new BusinessProblem(null, "discipline.decision.error.teamRequired");
        }
        for (int i = 0; i < violations.size(); i++) {
            violations.get(i).setSanctionKind(perViolation.get(i).kind());
            violations.get(i).setSanctionMonths(perViolation.get(i).months());
        }
        decisionNumber = d.number().trim();
        decisionDate = d.decisionDate();
        official = d.official();
        relation = d.official() == DecidingOfficial.PPK_KABUPATEN ? null : d.relation();
        officialName = trim(d.officialName());
        officialNip = trim(d.officialNip());
        officialPosition = trim(d.officialPosition());
        sanctionKind = heaviest.kind();
        sanctionMonths = heaviest.months();
        sedangRegime = regime;
        dayCounting = counting;
        endRelief(decisionDate);
        stage = CaseStage.DECIDED;
    }

    /** The receipt of the decision and the dates that follow from it (Pasal 38 ayat (1)). */
    void deliver(LocalDate receipt, LocalDate effective, LocalDate end, LocalDate today) {
        require(CaseStage.DELIVERED);
        if (receipt.isBefore(decisionDate)) {
            throw new BusinessProblem("receiptDate", "discipline.delivery.error.beforeDecision", decisionDate.toString());
        }
        if (receipt.isAfter(today)) {
            throw new BusinessProblem("receiptDate", "discipline.error.future");
        }
        receiptDate = receipt;
        effectiveDate = effective;
        endDate = end;
        stage = CaseStage.DELIVERED;
    }

    /**
     * An objection or appeal against the delivered decision (PP 79/2021): one per case, filed on or after receipt and
     * not in the future; the punishment no longer takes effect on its dates while it is pending (PP 94/2021 Pasal 38
     * ayat (2)). {@code deadline} gives the last day to file for a receipt date (PP 79/2021 Pasal 4 ayat (2); it needs
     * the holidays, which the service knows).
     */
    void fileObjection(CaseCommands.ObjectionFiling f, String filedBy, boolean onBehalf, java.util.function.Function<LocalDate, LocalDate> deadline,
                       LocalDate today) {
        if (stage != CaseStage.DELIVERED) {
            throw new BusinessProblem(null, "discipline.objection.error.stage");
        }
        if (objection != null) {
            throw new BusinessProblem(null, "discipline.objection.error.already");
        }
        if (f.filedOn().isBefore(receiptDate)) {
            throw new BusinessProblem("filedOn", "discipline.objection.error.beforeReceipt", receiptDate.toString());
        }
        if (f.filedOn().isAfter(today)) {
            throw new BusinessProblem("filedOn", "discipline.error.future");
        }
        LocalDate last = deadline.apply(receiptDate);
        if (f.filedOn().isAfter(last)) {
            throw new BusinessProblem("filedOn", "discipline.objection.error.late", last.toString());
        }
        objection = Objection.filed(ObjectionKind.against(sanctionKind), f.filedOn(), filedBy, onBehalf, f.grounds().trim(),
                trim(f.evidence()), sanctionKind, sanctionMonths);
        effectiveDate = null;
        endDate = null;
    }

    /**
     * The answer to a pending objection: the punishment confirmed, replaced by a lighter or heavier one, or annulled
     * (which ends the case). The new dates, counted from the receipt of the answer, are given by the service.
     */
    void answerObjection(CaseCommands.ObjectionAnswer a, Sanction replacement, LocalDate effective, LocalDate end, LocalDate today) {
        if (objection == null || !objection.pending()) {
            throw new BusinessProblem(null, "discipline.objection.error.notPending");
        }
        if (a.decidedOn().isBefore(objection.getFiledOn())) {
            throw new BusinessProblem("decidedOn", "discipline.objection.error.beforeFiling", objection.getFiledOn().toString());
        }
        if (a.receivedOn().isBefore(a.decidedOn())) {
            throw new BusinessProblem("receivedOn", "discipline.objection.error.receivedBeforeDecision");
        }
        if (a.receivedOn().isAfter(today)) {
            throw new BusinessProblem("receivedOn", "discipline.error.future");
        }
        objection = objection.answered(a.outcome(), a.number().trim(), a.decidedOn(), a.receivedOn(), trim(a.note()));
        if (a.outcome() == ObjectionOutcome.ANNULLED) {
            effectiveDate = null;
            endDate = null;
            closedOn = a.decidedOn();
            stage = CaseStage.ENDED;
            return;
        }
        sanctionKind = replacement.kind();
        sanctionMonths = replacement.months();
        effectiveDate = effective;
        endDate = end;
    }

    /** Cancels a case not yet decided; a relief ends with it. */
    void cancel(String reason, LocalDate today) {
        require(CaseStage.CANCELLED);
        cancelReason = reason.trim();
        closedOn = today;
        endRelief(today);
        stage = CaseStage.CANCELLED;
    }

    /** Closes a delivered case by hand, with a note. */
    void close(String note, LocalDate today) {
        require(CaseStage.ENDED);
        closedNote = note.trim();
        closedOn = today;
        stage = CaseStage.ENDED;
    }

    private void endRelief(LocalDate day) {
        if (relief != null && relief.getUntil() == null) {
            relief = relief.endOn(day);
        }
    }

    private String firstMissingTeamField() {
        if (teamSuperior == null) {
            return "teamSuperior";
        }
        return teamInspectorate == null ? "teamInspectorate" : "teamHr";
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    void addViolation(String description, PunishmentKind kind, Integer months) {
        Violation v = new Violation();
        v.setSeq(violations.size() + 1);
        v.setDescription(description);
        v.setSanctionKind(kind);
        v.setSanctionMonths(months);
        violations.add(v);
    }

    /** The fields an audit entry shows for a step. */
    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stage", stage == null ? null : stage.name());
        m.put("expectedLevel", expectedLevel == null ? null : expectedLevel.name());
        m.put("summonsNumber", summonsNumber);
        m.put("summonsDate", str(summonsDate));
        m.put("examDate", str(examDate));
        m.put("secondSummonsDate", secondSummons == null ? null : str(secondSummons.getLetterDate()));
        m.put("withoutExamination", withoutExamination);
        m.put("bapDate", str(bapDate));
        m.put("relief", relief == null ? null : str(relief.getFrom()) + " Plh " + relief.getPlhName()
                + (relief.getUntil() == null ? "" : " - " + str(relief.getUntil())));
        String team = java.util.stream.Stream.of(teamSuperior, teamInspectorate, teamHr).filter(DisciplineCase::notBlank)
                .collect(java.util.stream.Collectors.joining(" / "));
        m.put("team", team.isEmpty() ? null : team);
        m.put("decisionNumber", decisionNumber);
        m.put("decisionDate", str(decisionDate));
        m.put("official", official == null ? null : official.name());
        m.put("sanction", sanctionKind == null ? null : sanctionKind.name() + (sanctionMonths == null ? "" : " " + sanctionMonths));
        m.put("receiptDate", str(receiptDate));
        m.put("effectiveDate", str(effectiveDate));
        m.put("endDate", str(endDate));
        m.put("objection", objection == null ? null : objection.getKind() + " " + str(objection.getFiledOn())
                + (objection.getOutcome() == null ? "" : " " + objection.getOutcome()));
        m.put("cancelReason", cancelReason);
        m.put("closedNote", closedNote);
        m.put("violations", violations.size());
        return m;
    }

    private static String str(LocalDate d) {
        return d == null ? null : d.toString();
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }
}
