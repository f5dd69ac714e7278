package id.merit.professionalism.rules;

import static id.merit.professionalism.rules.IpAsnDimension.COMPETENCY;
import static id.merit.professionalism.rules.IpAsnDimension.DISCIPLINE;
import static id.merit.professionalism.rules.IpAsnDimension.PERFORMANCE;
import static id.merit.professionalism.rules.IpAsnDimension.QUALIFICATION;

import id.merit.employee.EducationRecord;
import id.merit.employee.EmployeeType;
import id.merit.employee.PositionKind;
import id.merit.employee.TrainingKind;
import id.merit.employee.TrainingRecord;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indeks Profesionalitas ASN for measurement year Y (PermenPANRB 38/2018, Perban BKN 8/2019; the numbers are
 * rules-defaults.md "IP ASN", held in {@link IpAsnParameters}):
 * <ul>
 *   <li>qualification (max 25): the highest education level recorded;</li>
 *   <li>competency (max 40): by the kind of post held on 31 December of Y (or the latest before) — structural posts:
 *       a leadership training (any date), technical training of at least 20 JP ending in the window, a seminar in the
 *       window; JF: a functional training (any date) or a functional profession, technical, seminar; pelaksana:
 *       technical 22.5, seminar 17.5; capped at the maximum;</li>
 *   <li>performance (max 30): the ANNUAL SKP predicate of Y;</li>
 *   <li>discipline (max 5): the worst punishment decided in the window, 5 when none;</li>
 *   <li>total rounded to 2 decimals; category by bands "strictly above".</li>
 * </ul>
 * A training or punishment after 31 December of Y never counts for Y. Plain Java: inputs in, result out.
 */
public final class IpAsnCalculator {

    private static final Pattern PKN = Pattern.compile("\\bPKN\\s*(?:TINGKAT\\s*)?(II|I|2|1)\\b");
    private static final Pattern DIKLATPIM = Pattern.compile("\\bDIKLAT\\s*PIM\\s*(?:TK\\.?\\s*|TINGKAT\\s*)?(IV|III|II|I)\\b");
    private static final Pattern PKA = Pattern.compile("\\bPKA\\b");
    private static final Pattern PKP = Pattern.compile("\\bPKP\\b");

    private final IpAsnParameters p;

    public IpAsnCalculator(IpAsnParameters parameters) {
        this.p = parameters;
    }

    public IpAsnParameters parameters() {
        return p;
    }

    /** Whether IP ASN is measured for this type of staff (not for CPNS and non-ASN by default). */
    public boolean applies(EmployeeType type) {
        return type != null && p.appliesTo().contains(type);
    }

    public IpAsnResult calculate(IpAsnInput in) {
        int y = in.year();
        LocalDate yearEnd = LocalDate.of(y, 12, 31);
        List<Explanation> lines = new ArrayList<>();
        List<IpAsnDimension> missing = new ArrayList<>();

        BigDecimal qualification = qualification(in, lines);
        BigDecimal competency = competency(in, yearEnd, lines);
        BigDecimal performance = performance(in, lines);
        BigDecimal discipline = discipline(in, yearEnd, lines);
        if (qualification.signum() == 0) {
            missing.add(QUALIFICATION);
        }
        if (competency.signum() == 0) {
            missing.add(COMPETENCY);
        }
        if (performance.signum() == 0) {
            missing.add(PERFORMANCE);
        }
        if (discipline.signum() == 0) {
            missing.add(DISCIPLINE);
        }
        BigDecimal total = qualification.add(competency).add(performance).add(discipline).setScale(2, RoundingMode.HALF_UP);
        return new IpAsnResult(y, qualification, competency, performance, discipline, total, category(total), lines, missing,
                p.label(), p.effectiveFrom());
    }

    /** The category of a total: the first band (highest first) whose lower bound the total strictly exceeds. */
    public IpAsnCategory category(BigDecimal total) {
        for (IpAsnCategory c : IpAsnCategory.values()) {
            BigDecimal above = p.categoryAbove().get(c);
            if (above != null && total.compareTo(above) > 0) {
                return c;
            }
        }
        return IpAsnCategory.SANGAT_RENDAH;
    }

    // ---------------------------------------------------------------- qualification

    private BigDecimal qualification(IpAsnInput in, List<Explanation> lines) {
        Optional<EducationRecord> highest = in.education().stream().filter(e -> e.level() != null)
                .max(Comparator.comparing(EducationRecord::level));
        if (highest.isEmpty()) {
            lines.add(Explanation.of(QUALIFICATION, "professionalism.explain.qualification.none", BigDecimal.ZERO));
            return BigDecimal.ZERO;
        }
        EducationRecord e = highest.get();
        BigDecimal score = p.qualification().getOrDefault(e.level(), BigDecimal.ZERO);
        StringBuilder record = new StringBuilder(e.level().name());
        if (e.institution() != null && !e.institution().isBlank()) {
            record.append(' ').append(e.institution().strip());
        }
        if (e.graduationDate() != null) {
            record.append(", ").append(e.graduationDate().getYear());
        }
        lines.add(Explanation.of(QUALIFICATION, "professionalism.explain.qualification", record.toString(), score));
        return score;
    }

    // ---------------------------------------------------------------- competency

    private BigDecimal competency(IpAsnInput in, LocalDate yearEnd, List<Explanation> lines) {
        LocalDate from = LocalDate.of(in.year() - p.trainingWindowYears() + 1, 1, 1);
        List<TrainingRecord> done = in.trainings().stream()
                .filter(t -> t.endDate() != null && !t.endDate().isAfter(yearEnd))
                .sorted(Comparator.comparing(TrainingRecord::endDate).reversed()).toList();
        List<TrainingRecord> inWindow = done.stream().filter(t -> !t.endDate().isBefore(from)).toList();
        PositionKind kind = in.position() == null || in.position().kind() == null ? null : in.position().kind();
        List<Explanation> parts = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        boolean pelaksana = kind == null || kind == PositionKind.PELAKSANA;
        switch (kind == null ? PositionKind.PELAKSANA : kind) {
            case JPT_PRATAMA, ADMINISTRATOR, PENGAWAS -> {
                Optional<TrainingRecord> leadership = done.stream()
                        .filter(t -> t.kind() == TrainingKind.KEPEMIMPINAN && leadershipCounts(t, kind)).findFirst();
                if (leadership.isPresent()) {
                    sum = sum.add(p.leadership());
                    parts.add(Explanation.of(COMPETENCY, "professionalism.explain.leadership", leadership.get().name(),
                            leadership.get().endDate(), p.leadership()));
                } else {
                    boolean otherLevel = done.stream().anyMatch(t -> t.kind() == TrainingKind.KEPEMIMPINAN);
                    parts.add(Explanation.of(COMPETENCY, otherLevel ? "professionalism.explain.leadership.otherLevel"
                            : "professionalism.explain.leadership.none", BigDecimal.ZERO));
                }
            }
            case FUNGSIONAL -> {
                Optional<TrainingRecord> functional = done.stream().filter(t -> t.kind() == TrainingKind.FUNGSIONAL).findFirst();
                if (functional.isPresent()) {
                    sum = sum.add(p.functional());
                    parts.add(Explanation.of(COMPETENCY, "professionalism.explain.functional", functional.get().name(),
                            functional.get().endDate(), p.functional()));
                } else if (in.profession() != null) {
                    sum = sum.add(p.functional());
                    parts.add(Explanation.of(COMPETENCY, "professionalism.explain.functional.profession",
                            Explanation.label("professionalism.profession." + in.profession().name()), p.functional()));
                } else {
                    parts.add(Explanation.of(COMPETENCY, "professionalism.explain.functional.none", BigDecimal.ZERO));
                }
            }
            case PELAKSANA -> {
                // no leadership or functional component (regulations.md §2.2)
            }
        }
        int hours = inWindow.stream().filter(t -> t.kind() == TrainingKind.TEKNIS).mapToInt(TrainingRecord::hours).sum();
        BigDecimal technical = hours >= p.technicalMinHours() ? (pelaksana ? p.technicalPelaksana() : p.technical()) : BigDecimal.ZERO;
        sum = sum.add(technical);
        parts.add(Explanation.of(COMPETENCY, "professionalism.explain.technical", hours, from.getYear(), in.year(),
                p.technicalMinHours(), technical));
        Optional<TrainingRecord> seminar = inWindow.stream().filter(t -> t.kind() == TrainingKind.SEMINAR).findFirst();
        if (seminar.isPresent()) {
            BigDecimal s = pelaksana ? p.seminarPelaksana() : p.seminar();
            sum = sum.add(s);
            parts.add(Explanation.of(COMPETENCY, "professionalism.explain.seminar", seminar.get().name(), seminar.get().endDate(), s));
        } else {
            parts.add(Explanation.of(COMPETENCY, "professionalism.explain.seminar.none", from.getYear(), in.year(), BigDecimal.ZERO));
        }
        BigDecimal score = sum.min(p.competencyMax());
        if (score.compareTo(sum) < 0) {
            parts.add(Explanation.of(COMPETENCY, "professionalism.explain.capped", p.competencyMax()));
        }
        Explanation kindLabel = kind == null ? Explanation.label("professionalism.position.unknown")
                : Explanation.label("positionKind." + kind.name());
        lines.add(Explanation.of(COMPETENCY, "professionalism.explain.competency", kindLabel, List.copyOf(parts), score));
        return score;
    }

    /** A leadership training counts unless its name records a level that is not the one of the post held. */
    private boolean leadershipCounts(TrainingRecord t, PositionKind held) {
        if (!p.leadershipLevelMustMatch()) {
            return true;
        }
        Optional<PositionKind> level = leadershipLevel(t.name());
        return level.isEmpty() || level.get() == held;
    }

    /**
     * The post kind a leadership training's name says it is for: PKN II (and the older Diklatpim II) JPT Pratama, PKA
     * (Diklatpim III) administrator, PKP (Diklatpim IV) pengawas. PKN I (Diklatpim I) is for JPT Madya/Utama, posts a
     * regency does not have: it is answered as PELAKSANA, which no leadership component matches. Empty when the name
     * records no level (then the training counts, rules-defaults.md).
     */
    static Optional<PositionKind> leadershipLevel(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String n = name.toUpperCase(Locale.ROOT);
        Matcher pkn = PKN.matcher(n);
        if (pkn.find()) {
            return Optional.of(pkn.group(1).equals("II") || pkn.group(1).equals("2") ? PositionKind.JPT_PRATAMA : PositionKind.PELAKSANA);
        }
        Matcher pim = DIKLATPIM.matcher(n);
        if (pim.find()) {
            return Optional.of(switch (pim.group(1)) {
                case "II" -> PositionKind.JPT_PRATAMA;
                case "III" -> PositionKind.ADMINISTRATOR;
                case "IV" -> PositionKind.PENGAWAS;
                default -> PositionKind.PELAKSANA;
            });
        }
        if (PKA.matcher(n).find()) {
            return Optional.of(PositionKind.ADMINISTRATOR);
        }
        if (PKP.matcher(n).find()) {
            return Optional.of(PositionKind.PENGAWAS);
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------- performance

    private BigDecimal performance(IpAsnInput in, List<Explanation> lines) {
        if (in.annualPredicate() == null) {
            lines.add(Explanation.of(PERFORMANCE, "professionalism.explain.performance.none", in.year(), BigDecimal.ZERO));
            return BigDecimal.ZERO;
        }
        BigDecimal score = p.performance().getOrDefault(in.annualPredicate(), BigDecimal.ZERO);
        lines.add(Explanation.of(PERFORMANCE, "professionalism.explain.performance", in.year(),
                Explanation.label("professionalism.predicate." + in.annualPredicate().name()), score));
        return score;
    }

    // ---------------------------------------------------------------- discipline

    private BigDecimal discipline(IpAsnInput in, LocalDate yearEnd, List<Explanation> lines) {
        LocalDate from = LocalDate.of(in.year() - p.disciplineWindowYears() + 1, 1, 1);
        Optional<IpAsnInput.Punishment> worst = in.punishments().stream()
                .filter(x -> x.level() != null && x.decisionDate() != null)
                .filter(x -> !x.decisionDate().isBefore(from) && !x.decisionDate().isAfter(yearEnd))
                .max(Comparator.comparing(IpAsnInput.Punishment::level).thenComparing(IpAsnInput.Punishment::decisionDate));
        if (worst.isEmpty()) {
            lines.add(Explanation.of(DISCIPLINE, "professionalism.explain.discipline.none", from.getYear(), in.year(), p.disciplineNone()));
            return p.disciplineNone();
        }
        IpAsnInput.Punishment w = worst.get();
        BigDecimal score = p.discipline().getOrDefault(w.level(), BigDecimal.ZERO);
        lines.add(Explanation.of(DISCIPLINE, "professionalism.explain.discipline", from.getYear(), in.year(),
                Explanation.label("discipline.level." + w.level().name()),
                w.kind() == null ? Explanation.label("professionalism.kind.unknown") : Explanation.label("discipline.kindName." + w.kind().name()),
                w.decisionDate(), score));
        return score;
    }
}
