package id.merit.discipline.rules;

import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * One punishment: a kind and, where the kind runs for a time, its months. For kinds with a fixed duration the months
 * are filled in; for TUKIN_CUT they are chosen (6, 9 or 12); ringan kinds and dismissal carry none. Build with
 * {@link #of}, which refuses what the regulation does not allow (check with {@link #problem} first).
 */
public record Sanction(PunishmentKind kind, Integer months) {

    /** Why a kind/months pair is not a punishment the regulation knows. */
    public enum Problem { KIND_REQUIRED, MONTHS_REQUIRED, MONTHS_NOT_ALLOWED }

    /** Heavier level first decides; inside a level the kind's severity, then the months (PP 94/2021 Pasal 8). */
    public static final Comparator<Sanction> BY_SEVERITY = Comparator.comparing((Sanction s) -> s.kind().level())
            .thenComparing(Sanction::kind)
            .thenComparing(s -> s.months() == null ? 0 : s.months());

    public Sanction {
        Objects.requireNonNull(kind, "kind");
        Optional<Problem> p = problem(kind, months);
        if (p.isPresent()) {
            throw new IllegalArgumentException(p.get() + ": " + kind + " " + months);
        }
        if (!kind.monthsChosen()) {
            months = kind.allowedMonths().isEmpty() ? null : kind.allowedMonths().get(0);
        }
    }

    /** {@code months} may be null for every kind whose duration is fixed or absent. */
    public static Sanction of(PunishmentKind kind, Integer months) {
        return new Sanction(kind, months);
    }

    public static Optional<Problem> problem(PunishmentKind kind, Integer months) {
        if (kind == null) {
            return Optional.of(Problem.KIND_REQUIRED);
        }
        if (kind.monthsChosen()) {
            if (months == null) {
                return Optional.of(Problem.MONTHS_REQUIRED);
            }
            return kind.allowedMonths().contains(months) ? Optional.empty() : Optional.of(Problem.MONTHS_NOT_ALLOWED);
        }
        if (months == null) {
            return Optional.empty();
        }
        return kind.allowedMonths().equals(java.util.List.of(months)) ? Optional.empty() : Optional.of(Problem.MONTHS_NOT_ALLOWED);
    }

    public PunishmentLevel level() {
        return kind.level();
    }

    /** The article that defines this punishment, as cited on the decision letter. */
    public String basis() {
        return switch (kind) {
            case TEGURAN_LISAN -> "PP 94/2021 Pasal 8 ayat (2) huruf a";
            case TEGURAN_TERTULIS -> "PP 94/2021 Pasal 8 ayat (2) huruf b";
            case PERNYATAAN_TIDAK_PUAS -> "PP 94/2021 Pasal 8 ayat (2) huruf c";
            case TUKIN_CUT -> "PP 94/2021 Pasal 8 ayat (3) huruf " + switch (months) {
                case 6 -> "a";
                case 9 -> "b";
                default -> "c";
            };
            case PENUNDAAN_KGB -> "PP 53/2010 Pasal 7 ayat (3) huruf a jo. PP 94/2021 Pasal 42";
            case PENUNDAAN_PANGKAT -> "PP 53/2010 Pasal 7 ayat (3) huruf b jo. PP 94/2021 Pasal 42";
            case PENURUNAN_PANGKAT -> "PP 53/2010 Pasal 7 ayat (3) huruf c jo. PP 94/2021 Pasal 42";
            case PENURUNAN_JABATAN -> "PP 94/2021 Pasal 8 ayat (4) huruf a";
            case PEMBEBASAN_JABATAN -> "PP 94/2021 Pasal 8 ayat (4) huruf b";
            case PEMBERHENTIAN -> "PP 94/2021 Pasal 8 ayat (4) huruf c";
        };
    }
}
