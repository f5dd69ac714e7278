package id.merit.discipline.domain;

import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import id.merit.discipline.rules.DecidingOfficial;
import id.merit.discipline.rules.Relation;
import java.time.LocalDate;
import java.util.List;

/** The data of each step of a discipline case, as the web forms hand them to {@link CaseService}. */
public final class CaseCommands {

    private CaseCommands() {
    }

    /**
     * Opening: {@code violations} one description each (at least one); for an attendance recommendation the year,
     * band and basis it came with; for an inspection the finding. {@code confirmDuplicate}: the user saw that a case
     * was already opened from the same year's attendance of this employee and wants a second one anyway.
     */
    public record Open(String nip, CaseSource source, Integer attendanceYear, String attendanceBand, String sourceBasis, Long findingId,
                       String allegation, List<String> violations, PunishmentLevel expectedLevel, LocalDate openedOn,
                       boolean confirmDuplicate) {

        /** Without the confirmation: a second case for the same year's attendance is refused. */
        public Open(String nip, CaseSource source, Integer attendanceYear, String attendanceBand, String sourceBasis, Long findingId,
                    String allegation, List<String> violations, PunishmentLevel expectedLevel, LocalDate openedOn) {
            this(nip, source, attendanceYear, attendanceBand, sourceBasis, findingId, allegation, violations, expectedLevel, openedOn, false);
        }
    }

    /** The summons letter by the atasan langsung and the examination it sets. */
    public record Summons(String number, LocalDate letterDate, LocalDate examDate, String examPlace, String summonerName,
                          String summonerNip, String summonerPosition) {
    }

    /** The examination (BAP); the tim pemeriksa is required when a berat punishment is expected. */
    public record Examination(LocalDate bapDate, String summary, String examiners, boolean accusedAbsent, String teamSuperior,
                              String teamInspectorate, String teamHr, PunishmentLevel expectedLevel, List<String> moreViolations) {
    }

    /** The punishment each violation calls for; the heaviest is imposed. */
    public record ViolationSanction(long violationId, PunishmentKind kind, Integer months) {
    }

    public record Decision(String number, LocalDate decisionDate, DecidingOfficial official, Relation relation, String officialName,
                           String officialNip, String officialPosition, List<ViolationSanction> sanctions) {
    }

    /** The second summons after a missed first examination (PP 94/2021 Pasal 26 ayat (3)). */
    public record SecondSummons(String number, LocalDate letterDate, LocalDate examDate, String examPlace) {
    }

    /** Temporary relief from the post by the atasan langsung, with the Plh named (PP 94/2021 Pasal 31). */
    public record Relief(LocalDate from, String byName, String byPosition, String plhName, String plhNip) {
    }

    /** An objection (or appeal against dismissal) with its grounds and the evidence offered (PP 79/2021). */
    public record ObjectionFiling(LocalDate filedOn, String grounds, String evidence) {
    }

    /** The answer to an objection; {@code kind}/{@code months} name the new punishment when lightened or made heavier. */
    public record ObjectionAnswer(ObjectionOutcome outcome, String number, LocalDate decidedOn, LocalDate receivedOn, PunishmentKind kind,
                                 Integer months, String note) {
    }
}
