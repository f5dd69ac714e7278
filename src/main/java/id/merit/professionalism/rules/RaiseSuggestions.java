package id.merit.professionalism.rules;

import id.merit.employee.EducationLevel;
import id.merit.employee.EducationRecord;
import id.merit.employee.PositionKind;
import id.merit.employee.TrainingKind;
import id.merit.employee.TrainingRecord;
import id.merit.performance.SkpPredicate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * "What would raise my IP ASN" (issue 15 item 4): for each dimension not at its maximum, the one concrete next step
 * with its exact gain, read from the same tables as {@link IpAsnCalculator} and computed with it — the step is added to
 * the employee's own input, the year recalculated, and the gain is the difference in that dimension:
 * <ul>
 *   <li>qualification: the next education level above the highest recorded that scores more;</li>
 *   <li>competency: of the components still missing — technical training up to the minimum JP in year Y, the leadership
 *       training of the post's level (PKN II, PKA, PKP) or a functional training, a seminar in Y — the one that gains
 *       most (ties in that order; the gain is capped by the maximum);</li>
 *   <li>performance: the next ANNUAL predicate of Y that scores more (BAIK when none is recorded);</li>
 *   <li>discipline: the first year whose window no longer holds a punishment (nothing to do but wait).</li>
 * </ul>
 * A dimension at its maximum yields nothing. Plain Java: inputs in, suggestions out.
 */
public final class RaiseSuggestions {

    /** The step to take. */
    public enum Step { EDUCATION, TECHNICAL_TRAINING, LEADERSHIP_TRAINING, FUNCTIONAL_TRAINING, SEMINAR, PREDICATE, WAIT }

    /** One suggestion: the dimension it raises, the step, its text (message key and arguments) and the exact gain. */
    public record Suggestion(IpAsnDimension dimension, Step step, Explanation text, BigDecimal gain) {
    }

    private final IpAsnCalculator calculator;
    private final IpAsnParameters p;

    public RaiseSuggestions(IpAsnParameters parameters) {
        this.p = parameters;
        this.calculator = new IpAsnCalculator(parameters);
    }

    public List<Suggestion> suggest(IpAsnInput in) {
        IpAsnResult base = calculator.calculate(in);
        List<Suggestion> out = new ArrayList<>();
        qualification(in, base).ifPresent(out::add);
        competency(in, base).ifPresent(out::add);
        performance(in, base).ifPresent(out::add);
        discipline(in, base).ifPresent(out::add);
        return out;
    }

    private Optional<Suggestion> qualification(IpAsnInput in, IpAsnResult base) {
        Optional<EducationLevel> highest = in.education().stream().map(EducationRecord::level).filter(l -> l != null)
                .max(Comparator.naturalOrder());
        for (EducationLevel level : EducationLevel.values()) {
            if (highest.isPresent() && level.compareTo(highest.get()) <= 0) {
                continue;
            }
            if (p.qualification().getOrDefault(level, BigDecimal.ZERO).compareTo(base.qualification()) > 0) {
                List<EducationRecord> more = new ArrayList<>(in.education());
                more.add(new EducationRecord(level, null, null, LocalDate.of(in.year(), 12, 31)));
                BigDecimal gain = calculator.calculate(with(in, more, in.trainings(), in.annualPredicate())).qualification()
                        .subtract(base.qualification());
                return Optional.of(new Suggestion(IpAsnDimension.QUALIFICATION, Step.EDUCATION,
                        Explanation.of(IpAsnDimension.QUALIFICATION, "professionalism.raise.education", level.name(), gain), gain));
            }
        }
        return Optional.empty();
    }

    private Optional<Suggestion> competency(IpAsnInput in, IpAsnResult base) {
        if (base.competency().compareTo(p.competencyMax()) >= 0) {
            return Optional.empty();
        }
        int y = in.year();
        LocalDate yearEnd = LocalDate.of(y, 12, 31);
        LocalDate from = LocalDate.of(y - p.trainingWindowYears() + 1, 1, 1);
        int hours = in.trainings().stream().filter(t -> t.kind() == TrainingKind.TEKNIS && t.endDate() != null
                && !t.endDate().isBefore(from) && !t.endDate().isAfter(yearEnd)).mapToInt(TrainingRecord::hours).sum();
        PositionKind kind = in.position() == null || in.position().kind() == null ? PositionKind.PELAKSANA : in.position().kind();
        Suggestion best = null;
        int needed = Math.max(p.technicalMinHours() - hours, 0);
        if (needed > 0) {
            best = better(best, in, base, new TrainingRecord(TrainingKind.TEKNIS, "-", needed, yearEnd), Step.TECHNICAL_TRAINING,
                    "professionalism.raise.technical", needed, y);
        }
        switch (kind) {
            case JPT_PRATAMA, ADMINISTRATOR, PENGAWAS -> {
                String training = switch (kind) {
                    case JPT_PRATAMA -> "PKN II";
                    case ADMINISTRATOR -> "PKA";
                    default -> "PKP";
                };
                best = better(best, in, base, new TrainingRecord(TrainingKind.KEPEMIMPINAN, training, 0, yearEnd),
                        Step.LEADERSHIP_TRAINING, "professionalism.raise.leadership", training);
            }
            case FUNGSIONAL -> best = better(best, in, base, new TrainingRecord(TrainingKind.FUNGSIONAL, "-", 0, yearEnd),
                    Step.FUNCTIONAL_TRAINING, "professionalism.raise.functional");
            case PELAKSANA -> {
                // no leadership or functional component
            }
        }
        best = better(best, in, base, new TrainingRecord(TrainingKind.SEMINAR, "-", 0, yearEnd), Step.SEMINAR,
                "professionalism.raise.seminar", y);
        return Optional.ofNullable(best);
    }

    /** The step's suggestion when it gains more than {@code best} (which wins ties); the gain is the last argument. */
    private Suggestion better(Suggestion best, IpAsnInput in, IpAsnResult base, TrainingRecord added, Step step, String key, Object... args) {
        List<TrainingRecord> more = new ArrayList<>(in.trainings());
        more.add(added);
        BigDecimal gain = calculator.calculate(with(in, in.education(), more, in.annualPredicate())).competency().subtract(base.competency());
        if (gain.signum() <= 0 || (best != null && best.gain().compareTo(gain) >= 0)) {
            return best;
        }
        List<Object> all = new ArrayList<>(List.of(args));
        all.add(gain);
        return new Suggestion(IpAsnDimension.COMPETENCY, step, new Explanation(IpAsnDimension.COMPETENCY, key, all), gain);
    }

    private Optional<Suggestion> performance(IpAsnInput in, IpAsnResult base) {
        SkpPredicate target;
        if (in.annualPredicate() == null) {
            target = SkpPredicate.BAIK;
        } else {
            target = p.performance().entrySet().stream().filter(e -> e.getValue().compareTo(base.performance()) > 0)
                    .min(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(null);
        }
        if (target == null) {
            return Optional.empty();
        }
        BigDecimal gain = calculator.calculate(with(in, in.education(), in.trainings(), target)).performance().subtract(base.performance());
        if (gain.signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Suggestion(IpAsnDimension.PERFORMANCE, Step.PREDICATE, Explanation.of(IpAsnDimension.PERFORMANCE,
                "professionalism.raise.performance", Explanation.label("professionalism.predicate." + target.name()), in.year(), gain), gain));
    }

    private Optional<Suggestion> discipline(IpAsnInput in, IpAsnResult base) {
        if (base.discipline().compareTo(p.disciplineNone()) >= 0) {
            return Optional.empty();
        }
        LocalDate yearEnd = LocalDate.of(in.year(), 12, 31);
        int latest = in.punishments().stream().filter(x -> x.level() != null && x.decisionDate() != null)
                .filter(x -> !x.decisionDate().isAfter(yearEnd)).mapToInt(x -> x.decisionDate().getYear()).max().orElse(in.year());
        int clear = latest + p.disciplineWindowYears();
        IpAsnInput later = new IpAsnInput(clear, in.education(), in.position(), in.profession(), in.trainings(), in.annualPredicate(),
                in.punishments().stream().filter(x -> x.decisionDate() == null || !x.decisionDate().isAfter(yearEnd)).toList());
        BigDecimal gain = calculator.calculate(later).discipline().subtract(base.discipline());
        return Optional.of(new Suggestion(IpAsnDimension.DISCIPLINE, Step.WAIT, Explanation.of(IpAsnDimension.DISCIPLINE,
                "professionalism.raise.discipline", clear, gain), gain));
    }

    private static IpAsnInput with(IpAsnInput in, List<EducationRecord> education, List<TrainingRecord> trainings, SkpPredicate predicate) {
        return new IpAsnInput(in.year(), education, in.position(), in.profession(), trainings, predicate, in.punishments());
    }
}
