package id.merit.discipline.domain;

import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import id.merit.discipline.rules.CaseStage;
import id.merit.discipline.rules.DecidingOfficial;
import id.merit.discipline.rules.DisciplineDeadlines.DayCounting;
import id.merit.discipline.rules.Relation;
import id.merit.discipline.SedangRegime;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import java.time.LocalDate;
import java.util.List;

/** Read models of discipline cases for the web layer. */
public final class CaseViews {

    private CaseViews() {
    }

    /** A row of the case list; {@code stage} is the stage on the day asked. */
    public record Summary(long id, String number, String nip, String employeeName, String opdName, CaseSource source, CaseStage stage,
                          LocalDate openedOn, PunishmentKind sanctionKind, Integer sanctionMonths) {
    }

    /**
     * A case as other pages link to it: the recommendations page (the case opened from that year's attendance) and the
     * employee page (the person's cases). {@code stage} is the stage on the day asked.
     */
    public record CaseLink(long id, String number, LocalDate openedOn, CaseSource source, CaseStage stage, PunishmentKind sanctionKind,
                           Integer sanctionMonths, String decisionNumber, LocalDate decisionDate) {

        /** Still to be decided (summoned, examined), as opposed to decided or ended. */
        public boolean open() {
            return stage.open();
        }
    }

    /** Something to look at again: a message key and its arguments. */
    public record Warning(String key, Object... args) implements java.io.Serializable {
    }

    public record ViolationView(long id, int seq, String description, PunishmentKind sanctionKind, Integer sanctionMonths) {
    }

    /**
     * The second summons (PP 94/2021 Pasal 26 ayat (3)) with the latest date it could carry; {@code absentAgainOn} and
     * {@code evidenceNote} once the accused missed it too and the decision rests on the evidence (ayat (4)).
     */
    public record SecondSummonsView(String number, LocalDate letterDate, LocalDate examDate, String examPlace, LocalDate latestLetterDate,
                                    LocalDate absentAgainOn, String evidenceNote) {
    }

    /** Temporary relief from the post with its Plh (PP 94/2021 Pasal 31); {@code until} once the decision ended it. */
    public record ReliefView(long caseId, String caseNumber, LocalDate from, String byName, String byPosition, String plhName, String plhNip,
                             LocalDate until) {

        public boolean active() {
            return until == null;
        }
    }

    /**
     * The objection side of a delivered decision (PP 79/2021): {@code fileBy} is the last day to file; once filed, its
     * kind, grounds and evidence, {@code answerBy} the day the official must answer by (none for an appeal to BPASN),
     * and the outcome with the punishment first decided.
     */
    public record ObjectionView(LocalDate fileBy, ObjectionKind kind, LocalDate filedOn, String filedBy, boolean onBehalf, String grounds,
                                String evidence, LocalDate answerBy, ObjectionOutcome outcome, String number, LocalDate decidedOn,
                                LocalDate receivedOn, String note, PunishmentKind originalKind, Integer originalMonths) {

        public boolean filed() {
            return filedOn != null;
        }

        public boolean pending() {
            return filedOn != null && outcome == null;
        }
    }

    /**
     * Everything about one case. {@code stage} is computed for today; {@code recordedStage} is what the workflow
     * recorded. {@code latestExamDate} and {@code deliveryDeadline} are the limits of PP 94/2021 (regulations.md §4.4).
     * The second summons, the relief and the objection are pieces of their own, null until they exist (the objection
     * piece exists from delivery: it carries the deadline to file).
     */
    public record Detail(long id, String number, long employeeId, String nip, String employeeName, String employeeRank,
                         String positionName, PositionKind positionKind, PositionLevel positionLevel, long opdId, String opdName,
                         CaseSource source, Integer attendanceYear, String attendanceBand, String sourceBasis, Long findingId,
                         String allegation, PunishmentLevel expectedLevel, CaseStage recordedStage, CaseStage stage, LocalDate openedOn,
                         String openedBy, String summonsNumber, LocalDate summonsDate, LocalDate examDate, String examPlace,
                         String summonerName, String summonerNip, String summonerPosition, LocalDate latestExamDate,
                         LocalDate bapDate, String bapSummary, String examiners, boolean accusedAbsent, String teamSuperior,
                         String teamInspectorate, String teamHr, String decisionNumber, LocalDate decisionDate,
                         DecidingOfficial official, Relation relation, String officialName, String officialNip, String officialPosition,
                         PunishmentKind sanctionKind, Integer sanctionMonths, String sanctionBasis, String authorityBasis,
                         SedangRegime sedangRegime, LocalDate deliveryDeadline, LocalDate receiptDate, LocalDate effectiveDate,
                         LocalDate endDate, DayCounting dayCounting, String cancelReason, String closedNote, LocalDate closedOn,
                         int version, List<ViolationView> violations, List<Warning> warnings, SecondSummonsView secondSummons,
                         ReliefView relief, ObjectionView objection) {

        /** Decided on the evidence without an examination, the accused having missed both summonses (Pasal 26 ayat (4)). */
        public boolean withoutExamination() {
            return secondSummons != null && secondSummons.absentAgainOn() != null;
        }

        public PunishmentLevel sanctionLevel() {
            return sanctionKind == null ? null : sanctionKind.level();
        }

        public boolean teamComplete() {
            return notBlank(teamSuperior) && notBlank(teamInspectorate) && notBlank(teamHr);
        }

        /** The letters that exist at this stage: summons once summoned, decision once decided, reprimand for a teguran tertulis. */
        public List<LetterKind> letters() {
            java.util.List<LetterKind> out = new java.util.ArrayList<>();
            if (summonsDate != null) {
                out.add(LetterKind.SUMMONS);
            }
            if (secondSummons != null) {
                out.add(LetterKind.SECOND_SUMMONS);
            }
            if (decisionDate != null) {
                if (sanctionKind == PunishmentKind.TEGURAN_TERTULIS) {
                    out.add(LetterKind.REPRIMAND);
                }
                out.add(LetterKind.DECISION);
            }
            return out;
        }

        private static boolean notBlank(String s) {
            return s != null && !s.isBlank();
        }
    }
}
