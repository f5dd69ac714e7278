package id.merit.talent.rules;

import id.merit.assessment.AssessmentPurpose;
import id.merit.assessment.AssessmentRecord;
import id.merit.discipline.PunishmentLevel;
import id.merit.discipline.PunishmentRecord;
import id.merit.employee.EmployeeType;
import id.merit.performance.SkpPredicate;
import id.merit.talent.PerformanceAxis;
import id.merit.talent.PotentialAxis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * rules-defaults.md "Talent (PermenPANRB 3/2020) for year Y".
 * <ul>
 * <li>Performance axis from the ANNUAL predicate of Y: SANGAT_BAIK → ABOVE, BAIK → MEETS, any other → BELOW.</li>
 * <li>Potential axis from the latest assessment dated on or before 31 December of Y (any purpose):
 * {@code potential_score} ≥ 80 HIGH, ≥ 60 MEDIUM, otherwise LOW (cut-offs in {@link Parameters}).</li>
 * <li>Box (PermenPANRB 3/2020 Lampiran, regulations.md §5.1): ABOVE 4/7/9, MEETS 2/5/8, BELOW 1/3/6 for
 * LOW/MEDIUM/HIGH.</li>
 * <li>Not determined for CPNS and non-ASN staff.</li>
 * <li>Talent pool (Kelompok Rencana Suksesi, PP 11/2017 Ps 199): box 7, 8 or 9 and every condition: predicates of Y
 * and Y−1 at least BAIK (Ps 199(2)(c)); at least 20 JP of training in Y (Ps 199(2)(b) with Ps 203); JPM of the latest
 * assessment at least 68 (Ps 199(2)(a); read whatever the purpose, with a note when it came from a MAPPING
 * assessment); no SEDANG or BERAT punishment decided in Y−1 or Y (Merit's default, no statutory source).</li>
 * </ul>
 * Refusals and reasons come back as data; the service words them.
 */
public final class TalentClassifier {

    /** The configurable figures, versioned by {@code effectiveFrom}, with the regulation they implement. */
    public record Parameters(LocalDate effectiveFrom, String regulation, BigDecimal potentialHigh, BigDecimal potentialMedium,
                             BigDecimal minimumJpm, int minimumTrainingHours, boolean disciplineCondition) {
        public Parameters {
            Objects.requireNonNull(effectiveFrom);
            Objects.requireNonNull(regulation);
            if (potentialMedium.compareTo(potentialHigh) > 0) {
                throw new IllegalArgumentException("potential cut-offs must not decrease");
            }
            if (minimumTrainingHours < 0) {
                throw new IllegalArgumentException("minimumTrainingHours");
            }
        }
    }

    /** rules-defaults.md "Talent". */
    public static final Parameters DEFAULTS = new Parameters(LocalDate.of(2020, 1, 1),
            "PermenPANRB 3/2020 (9-box; PermenPANRB 20/2025 Ps 17); PP 11/2017 Ps 199(2) and Ps 203 (talent pool)",
            new BigDecimal("80"), new BigDecimal("60"), new BigDecimal("68"), 20, true);

    /** Why no placement could be made. */
    public enum Refusal {
        /** CPNS and non-ASN staff: talent is not determined (422). */
        NOT_MEASURED,
        /** No ANNUAL performance of Y (404). */
        NO_ANNUAL_PERFORMANCE,
        /** No assessment dated on or before 31 December of Y (404). */
        NO_ASSESSMENT
    }

    /** What a reason is about; {@link Reason#keptOut()} tells a failed condition from a note. */
    public enum ReasonCode {
        /** Box not 7, 8 or 9 (PermenPANRB 3/2020: the pool is boxes 7–9). Args: box. */
        BOX,
        /** PP 11/2017 Ps 199(2)(c): the ANNUAL predicate of that year is below BAIK. Args: year, predicate. */
        PREDICATE_BELOW_BAIK,
        /** PP 11/2017 Ps 199(2)(c): no ANNUAL predicate of that year. Args: year. */
        PREDICATE_MISSING,
        /** PP 11/2017 Ps 199(2)(b), Ps 203: too few JP of training in Y. Args: year, hours, minimum. */
        TRAINING_HOURS,
        /** PP 11/2017 Ps 199(2)(a): the JPM is below the minimum. Args: jpm, purpose, assessment date, minimum. */
        JPM_BELOW_MINIMUM,
        /** A note (not a failure): the JPM read came from a MAPPING assessment. Args: jpm, assessment date. */
        JPM_FROM_MAPPING,
        /** Merit's default: a SEDANG or BERAT punishment decided in Y−1 or Y. Args: level, kind, decision date. */
        PUNISHMENT
    }

    public record Reason(ReasonCode code, boolean keptOut, List<Object> args) {
        static Reason failed(ReasonCode code, Object... args) {
            return new Reason(code, true, List.of(args));
        }

        static Reason note(ReasonCode code, Object... args) {
            return new Reason(code, false, List.of(args));
        }
    }

    /**
     * Everything the rule reads for one employee and year. {@code predicate} and {@code previousPredicate} are the ANNUAL
     * predicates of Y and Y−1 (null when none); {@code assessment} the latest on or before 31 December of Y (null when
     * none); {@code trainingHours} the JP of trainings ended in Y; {@code punishments} every punishment of the employee.
     */
    public record Inputs(int year, EmployeeType employeeType, SkpPredicate predicate, SkpPredicate previousPredicate,
                         AssessmentRecord assessment, int trainingHours, List<PunishmentRecord> punishments) {
    }

    /** A placement, or the refusals (every missing item) when none could be made. */
    public record Result(List<Refusal> refusals, PerformanceAxis performance, PotentialAxis potential, int box,
                         boolean talentPool, List<Reason> reasons) {
        public boolean placed() {
            return refusals.isEmpty();
        }
    }

    private TalentClassifier() {
    }

    public static Result classify(Inputs in) {
        return classify(DEFAULTS, in);
    }

    public static Result classify(Parameters p, Inputs in) {
        if (!measured(in.employeeType())) {
            return refused(List.of(Refusal.NOT_MEASURED));
        }
        List<Refusal> missing = new ArrayList<>();
        if (in.predicate() == null) {
            missing.add(Refusal.NO_ANNUAL_PERFORMANCE);
        }
        if (in.assessment() == null) {
            missing.add(Refusal.NO_ASSESSMENT);
        }
        if (!missing.isEmpty()) {
            return refused(missing);
        }
        PerformanceAxis performance = performance(in.predicate());
        PotentialAxis potential = potential(p, in.assessment().potentialScore());
        int box = box(performance, potential);
        List<Reason> reasons = poolReasons(p, in, box);
        boolean pool = reasons.stream().noneMatch(Reason::keptOut);
        return new Result(List.of(), performance, potential, box, pool, List.copyOf(reasons));
    }

    /** PNS, PPPK and PPPK_PARUH_WAKTU are measured; CPNS and non-ASN staff are not (rules-defaults.md). */
    public static boolean measured(EmployeeType type) {
        return switch (type) {
            case PNS, PPPK, PPPK_PARUH_WAKTU -> true;
            case CPNS, NON_ASN_PHT, NON_ASN_PHL -> false;
        };
    }

    /** SANGAT_BAIK → ABOVE; BAIK → MEETS; any other → BELOW. */
    public static PerformanceAxis performance(SkpPredicate predicate) {
        return switch (predicate) {
            case SANGAT_BAIK -> PerformanceAxis.ABOVE;
            case BAIK -> PerformanceAxis.MEETS;
            case BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG -> PerformanceAxis.BELOW;
        };
    }

    public static PotentialAxis potential(Parameters p, BigDecimal score) {
        if (score.compareTo(p.potentialHigh()) >= 0) {
            return PotentialAxis.HIGH;
        }
        return score.compareTo(p.potentialMedium()) >= 0 ? PotentialAxis.MEDIUM : PotentialAxis.LOW;
    }

    /** PermenPANRB 3/2020 Lampiran (regulations.md §5.1). */
    public static int box(PerformanceAxis performance, PotentialAxis potential) {
        return switch (performance) {
            case ABOVE -> switch (potential) {
                case LOW -> 4;
                case MEDIUM -> 7;
                case HIGH -> 9;
            };
            case MEETS -> switch (potential) {
                case LOW -> 2;
                case MEDIUM -> 5;
                case HIGH -> 8;
            };
            case BELOW -> switch (potential) {
                case LOW -> 1;
                case MEDIUM -> 3;
                case HIGH -> 6;
            };
        };
    }

    /** The boxes of the Kelompok Rencana Suksesi (regulations.md §5.1). */
    public static boolean poolBox(int box) {
        return box >= 7 && box <= 9;
    }

    private static List<Reason> poolReasons(Parameters p, Inputs in, int box) {
        List<Reason> reasons = new ArrayList<>();
        int y = in.year();
        if (!poolBox(box)) {
            reasons.add(Reason.failed(ReasonCode.BOX, box));
        }
        // PP 11/2017 Ps 199(2)(c): kinerja paling rendah Baik in the last two years (Y and Y−1)
        predicate(reasons, y, in.predicate());
        predicate(reasons, y - 1, in.previousPredicate());
        // PP 11/2017 Ps 199(2)(b) with Ps 203: pengembangan kompetensi of at least 20 JP a year
        if (in.trainingHours() < p.minimumTrainingHours()) {
            reasons.add(Reason.failed(ReasonCode.TRAINING_HOURS, y, in.trainingHours(), p.minimumTrainingHours()));
        }
        // PP 11/2017 Ps 199(2)(a): memenuhi standar kompetensi (JPM ≥ 68, MS or MMS on the selection scheme)
        AssessmentRecord a = in.assessment();
        if (a.jpm().compareTo(p.minimumJpm()) < 0) {
            reasons.add(Reason.failed(ReasonCode.JPM_BELOW_MINIMUM, a.jpm(), a.purpose(), a.assessmentDate(), p.minimumJpm()));
        } else if (a.purpose() == AssessmentPurpose.MAPPING) {
            reasons.add(Reason.note(ReasonCode.JPM_FROM_MAPPING, a.jpm(), a.assessmentDate()));
        }
        // Merit's default (no statutory source): no SEDANG or BERAT punishment decided in Y−1 or Y
        if (p.disciplineCondition()) {
            in.punishments().stream()
                    .filter(x -> x.level() == PunishmentLevel.SEDANG || x.level() == PunishmentLevel.BERAT)
                    .filter(x -> x.decisionDate() != null && x.decisionDate().getYear() >= y - 1 && x.decisionDate().getYear() <= y)
                    .sorted(Comparator.comparing(PunishmentRecord::decisionDate))
                    .forEach(x -> reasons.add(Reason.failed(ReasonCode.PUNISHMENT, x.level(), x.kind(), x.decisionDate())));
        }
        return reasons;
    }

    private static void predicate(List<Reason> reasons, int year, SkpPredicate predicate) {
        if (predicate == null) {
            reasons.add(Reason.failed(ReasonCode.PREDICATE_MISSING, year));
        } else if (!predicate.atLeastBaik()) {
            reasons.add(Reason.failed(ReasonCode.PREDICATE_BELOW_BAIK, year, predicate));
        }
    }

    private static Result refused(List<Refusal> refusals) {
        return new Result(List.copyOf(refusals), null, null, 0, false, List.of());
    }
}
