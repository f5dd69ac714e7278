package id.merit.selection.rules;

import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import id.merit.employee.EducationLevel;
import id.merit.employee.EmployeeType;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import id.merit.performance.SkpPredicate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What an eligibility check reads about one employee, as plain values: type, birth date, education, the position
 * history, the ANNUAL SKP predicates by year and the punishments. Records dated after the check's date are ignored by
 * the rules (a degree earned later, a punishment decided later).
 */
public record Candidate(EmployeeType type, LocalDate birthDate, List<Degree> education, List<Tenure> positions,
                        Map<Integer, SkpPredicate> annualPredicates, List<Sanction> punishments) {

    public Candidate {
        education = List.copyOf(education);
        positions = List.copyOf(positions);
        annualPredicates = Map.copyOf(annualPredicates);
        punishments = List.copyOf(punishments);
    }

    /**
     * "If nothing else changes" (succession readiness, rules-defaults.md): the same candidate with the ANNUAL predicate of
     * every year after the latest recorded one, up to {@code throughYear}, equal to that latest one. Unchanged when
     * nothing is recorded or the record already reaches {@code throughYear}.
     */
    public Candidate projectedThrough(int throughYear) {
        java.util.Optional<Integer> latest = annualPredicates.keySet().stream().max(Integer::compare);
        if (latest.isEmpty() || latest.get() >= throughYear) {
            return this;
        }
        Map<Integer, SkpPredicate> projected = new java.util.HashMap<>(annualPredicates);
        SkpPredicate last = annualPredicates.get(latest.get());
        for (int y = latest.get() + 1; y <= throughYear; y++) {
            projected.put(y, last);
        }
        return new Candidate(type, birthDate, education, positions, projected, punishments);
    }

    /** One education record; {@code graduationDate} null = date unknown (counted). */
    public record Degree(EducationLevel level, String institution, LocalDate graduationDate) {
    }

    /** One entry of the position history: {@code end} is the last day in the post (inclusive), null = current. */
    public record Tenure(String name, PositionKind kind, PositionLevel level, LocalDate start, LocalDate end) {
    }

    /**
     * One punishment: {@code end} is the day it stops running (the punishment runs while the day is before it), null
     * for kinds without a duration (ringan) — or a permanent one (dismissal), which never stops.
     */
    public record Sanction(PunishmentLevel level, PunishmentKind kind, LocalDate decisionDate, LocalDate end) {
    }
}
