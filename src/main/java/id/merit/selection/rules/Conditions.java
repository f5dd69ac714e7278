package id.merit.selection.rules;

import id.merit.discipline.PunishmentLevel;
import id.merit.employee.EducationLevel;
import id.merit.employee.EmployeeType;
import id.merit.performance.SkpPredicate;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The conditions the post-kind policies share, each returning the failure with its sentences or nothing. Time in post
 * is the union of the history's periods (overlaps count once, gaps not at all) from each start up to the day before D,
 * compared in days with the span from D minus the required years to D: a single period that began exactly that many
 * years before D passes, one that began a day later does not.
 */
final class Conditions {

    private Conditions() {
    }

    static Optional<Failure> pnsOnly(EmployeeType type) {
        return type == EmployeeType.PNS ? Optional.empty()
                : fail(EligibilityReason.EMPLOYEE_TYPE, Sentence.of("selection.reason.employeeType", type));
    }

    /** The highest level held on D must be one of {@code accepted}; {@code minimum} names the lowest accepted level. */
    static Optional<Failure> education(List<Candidate.Degree> degrees, LocalDate d, Set<EducationLevel> accepted, String minimum) {
        Optional<Candidate.Degree> highest = degrees.stream()
                .filter(x -> x.level() != null && (x.graduationDate() == null || !x.graduationDate().isAfter(d)))
                .max(Comparator.comparing(x -> rank(x.level())));
        if (highest.isEmpty()) {
            return fail(EligibilityReason.EDUCATION, Sentence.of("selection.reason.education.none", minimum));
        }
        Candidate.Degree h = highest.get();
        if (accepted.contains(h.level())) {
            return Optional.empty();
        }
        return fail(EligibilityReason.EDUCATION, Sentence.of("selection.reason.education.low", h.level().name(),
                h.institution() == null ? "—" : h.institution(), minimum));
    }

    /** D4 and S1 are the same tier (sarjana terapan / sarjana). */
    static int rank(EducationLevel level) {
        return switch (level) {
            case SD -> 0;
            case SMP -> 1;
            case SMA -> 2;
            case D1 -> 3;
            case D2 -> 4;
            case D3 -> 5;
            case D4, S1 -> 6;
            case S2 -> 7;
            case S3 -> 8;
        };
    }

    /** Days of {@code tenures} (those matching {@code counts}) before D, overlaps counted once. */
    static long coveredDays(List<Candidate.Tenure> tenures, Predicate<Candidate.Tenure> counts, LocalDate d) {
        List<LocalDate[]> spans = new ArrayList<>();
        for (Candidate.Tenure t : tenures) {
            if (t.start() == null || !t.start().isBefore(d) || !counts.test(t)) {
                continue;
            }
            LocalDate until = t.end() == null || !t.end().isBefore(d) ? d : t.end().plusDays(1);
            if (until.isAfter(t.start())) {
                spans.add(new LocalDate[] {t.start(), until});
            }
        }
        spans.sort(Comparator.comparing((LocalDate[] s) -> s[0]));
        long days = 0;
        LocalDate from = null;
        LocalDate to = null;
        for (LocalDate[] s : spans) {
            if (to == null || s[0].isAfter(to)) {
                days += to == null ? 0 : ChronoUnit.DAYS.between(from, to);
                from = s[0];
                to = s[1];
            } else if (s[1].isAfter(to)) {
                to = s[1];
            }
        }
        return days + (to == null ? 0 : ChronoUnit.DAYS.between(from, to));
    }

    /** The days in the {@code years} before D: what a requirement of that many years asks for on D. */
    static long requiredDays(int years, LocalDate d) {
        return ChronoUnit.DAYS.between(d.minusYears(years), d);
    }

    /** The latest tenure that counts (started before D), to name the record behind a shortfall. */
    static Optional<Candidate.Tenure> latest(List<Candidate.Tenure> tenures, Predicate<Candidate.Tenure> counts, LocalDate d) {
        return tenures.stream().filter(t -> t.start() != null && t.start().isBefore(d) && counts.test(t))
                .max(Comparator.comparing(Candidate.Tenure::start));
    }

    /** The ANNUAL predicate of each of the {@code years} calendar years before D's year is BAIK or SANGAT_BAIK. */
    static Optional<Failure> performance(java.util.Map<Integer, SkpPredicate> predicates, LocalDate d, int years) {
        List<Sentence> sentences = new ArrayList<>();
        for (int y = d.getYear() - years; y < d.getYear(); y++) {
            SkpPredicate p = predicates.get(y);
            if (p == null) {
                sentences.add(Sentence.of("selection.reason.performance.missing", String.valueOf(y)));
            } else if (!p.atLeastBaik()) {
                sentences.add(Sentence.of("selection.reason.performance.low", String.valueOf(y), p));
            }
        }
        return sentences.isEmpty() ? Optional.empty() : Optional.of(new Failure(EligibilityReason.PERFORMANCE, sentences));
    }

    /**
     * No SEDANG or BERAT punishment decided from D minus {@code windowYears} up to D (both days included), and no
     * punishment of any level decided by D still running on D (its end after D; a dismissal without end runs for ever).
     */
    static Optional<Failure> discipline(List<Candidate.Sanction> punishments, LocalDate d, int windowYears) {
        LocalDate windowStart = d.minusYears(windowYears);
        List<Sentence> sentences = new ArrayList<>();
        punishments.stream().filter(p -> p.decisionDate() != null && !p.decisionDate().isAfter(d))
                .sorted(Comparator.comparing(Candidate.Sanction::decisionDate))
                .forEach(p -> {
                    boolean heavy = p.level() == PunishmentLevel.SEDANG || p.level() == PunishmentLevel.BERAT;
                    boolean recent = !p.decisionDate().isBefore(windowStart);
                    boolean permanent = p.end() == null && p.kind() != null && p.kind().permanent();
                    boolean running = permanent || (p.end() != null && p.end().isAfter(d));
                    if (running) {
                        sentences.add(permanent
                                ? Sentence.of("selection.reason.discipline.permanent", p.level(), p.decisionDate())
                                : Sentence.of("selection.reason.discipline.running", p.level(), p.decisionDate(), p.end()));
                    } else if (heavy && recent) {
                        sentences.add(Sentence.of("selection.reason.discipline.recent", p.level(), p.decisionDate(),
                                windowYears, d));
                    }
                });
        return sentences.isEmpty() ? Optional.empty() : Optional.of(new Failure(EligibilityReason.DISCIPLINE, sentences));
    }

    static Optional<Failure> fail(EligibilityReason reason, Sentence sentence) {
        return Optional.of(new Failure(reason, List.of(sentence)));
    }
}
