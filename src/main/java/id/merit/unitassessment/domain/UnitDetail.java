package id.merit.unitassessment.domain;

import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import id.merit.performance.SkpPredicate;
import id.merit.unitassessment.UnitScore;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The records behind one unit's scores (the drill-down page): the SKP predicates of its ASN, the punishments decided in
 * the year and the attendance days, the recorded innovations and awards, and the registry completeness with the
 * least complete staff.
 */
public record UnitDetail(UnitScore score, Performance performance, Discipline discipline, List<Entry> innovations, List<Entry> awards,
                         DataCompliance dataCompliance) {

    /** {@code predicates} holds every predicate (0 where none); {@code unrated} are due without an ANNUAL evaluation. */
    public record Performance(int due, int baikOrBetter, Map<SkpPredicate, Integer> predicates, int unrated) {
    }

    public record Punished(String nip, String name, PunishmentLevel level, PunishmentKind kind, LocalDate decisionDate) {
    }

    public record Absent(String nip, String name, int unexcusedDays, int coveredDays) {
    }

    /** {@code coveredDays}: working days with attendance data (present, excused or unexcused). */
    public record Discipline(int staff, int punishedStaff, List<Punished> punishments, int coveredDays, int unexcusedDays,
                             int noDataDays, List<Absent> mostAbsent) {
    }

    public record Incomplete(String nip, String name, int percent, List<String> missing) {
    }

    /** {@code missingByItem}: per DataCompleteness item code, how many staff lack it (items nobody lacks are absent). */
    public record DataCompliance(int staff, int complete, Map<String, Integer> missingByItem, List<Incomplete> leastComplete) {
    }
}
