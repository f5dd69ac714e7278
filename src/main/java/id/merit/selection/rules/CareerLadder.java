package id.merit.selection.rules;

import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The career path from a position (issue 15 item 5): the next posts on the structural ladder (pelaksana → pengawas →
 * administrator → JPT Pratama, PP 11/2017 Ps 54 and 107, checked by the same policies as the eligibility section) and
 * on the functional ladder (the next jenjang of the same jabatan fungsional), with what each asks of the record.
 *
 * <p>The functional ladder's requirement read from the registry is the rank: each jenjang has a lowest pangkat
 * (PermenPANRB 1/2023 on jabatan fungsional; Merit's table below, the usual ranges: Ahli Pertama III/a–III/b, Ahli Muda
 * III/c–III/d, Ahli Madya IV/a–IV/c, Ahli Utama IV/d–IV/e; Pemula II/a, Terampil II/b–II/d, Mahir III/a–III/b, Penyelia
 * III/c–III/d), and the ANNUAL predicate at least Baik in each of the two years before (as for the managerial posts).
 * Not computed: the angka kredit and the competency test (uji kompetensi), which the registry does not hold.
 */
public final class CareerLadder {

    /** Which ladder a step climbs. */
    public enum Route { STRUCTURAL, FUNCTIONAL }

    /** One next post: a structural kind, or a functional {@code level}. */
    public record Step(Route route, PositionKind kind, PositionLevel level) {
    }

    /** The lowest pangkat (golongan/ruang) of each functional jenjang. */
    public static final Map<PositionLevel, String> LOWEST_RANK = Map.of(
            PositionLevel.PEMULA, "II/a", PositionLevel.TERAMPIL, "II/b", PositionLevel.MAHIR, "III/a", PositionLevel.PENYELIA, "III/c",
            PositionLevel.AHLI_PERTAMA, "III/a", PositionLevel.AHLI_MUDA, "III/c", PositionLevel.AHLI_MADYA, "IV/a",
            PositionLevel.AHLI_UTAMA, "IV/d");

    /** The conditions each structural step is checked on (the same order as the policies report them). */
    public static final Map<PositionKind, List<EligibilityReason>> STRUCTURAL_CONDITIONS = Map.of(
            PositionKind.PENGAWAS, List.of(EligibilityReason.EDUCATION, EligibilityReason.POSITION, EligibilityReason.PERFORMANCE,
                    EligibilityReason.DISCIPLINE, EligibilityReason.EMPLOYEE_TYPE),
            PositionKind.ADMINISTRATOR, List.of(EligibilityReason.EDUCATION, EligibilityReason.POSITION, EligibilityReason.PERFORMANCE,
                    EligibilityReason.DISCIPLINE, EligibilityReason.EMPLOYEE_TYPE),
            PositionKind.JPT_PRATAMA, List.of(EligibilityReason.EDUCATION, EligibilityReason.EXPERIENCE, EligibilityReason.POSITION,
                    EligibilityReason.AGE, EligibilityReason.PERFORMANCE, EligibilityReason.DISCIPLINE, EligibilityReason.EMPLOYEE_TYPE));

    private CareerLadder() {
    }

    /** The next posts from the current one; none from JPT Pratama (the regency's highest) or an unknown position. */
    public static List<Step> next(PositionKind kind, PositionLevel level) {
        List<Step> steps = new ArrayList<>();
        if (kind == null) {
            return steps;
        }
        switch (kind) {
            case PELAKSANA -> steps.add(structural(PositionKind.PENGAWAS));
            case PENGAWAS -> steps.add(structural(PositionKind.ADMINISTRATOR));
            case ADMINISTRATOR -> steps.add(structural(PositionKind.JPT_PRATAMA));
            case JPT_PRATAMA -> { }
            case FUNGSIONAL -> {
                nextLevel(level).ifPresent(l -> steps.add(new Step(Route.FUNCTIONAL, PositionKind.FUNGSIONAL, l)));
                if (level != null) {
                    steps.add(structural(switch (level) {
                        case AHLI_MADYA, AHLI_UTAMA -> PositionKind.JPT_PRATAMA;
                        case AHLI_MUDA -> PositionKind.ADMINISTRATOR;
                        case AHLI_PERTAMA, PENYELIA, MAHIR, TERAMPIL, PEMULA -> PositionKind.PENGAWAS;
                    }));
                }
            }
        }
        return steps;
    }

    /** The next jenjang of the same category (keahlian or keterampilan); none from the top of either. */
    static Optional<PositionLevel> nextLevel(PositionLevel level) {
        if (level == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (level) {
            case AHLI_PERTAMA -> PositionLevel.AHLI_MUDA;
            case AHLI_MUDA -> PositionLevel.AHLI_MADYA;
            case AHLI_MADYA -> PositionLevel.AHLI_UTAMA;
            case PEMULA -> PositionLevel.TERAMPIL;
            case TERAMPIL -> PositionLevel.MAHIR;
            case MAHIR -> PositionLevel.PENYELIA;
            case AHLI_UTAMA, PENYELIA -> null;
        });
    }

    /**
     * The functional step's conditions on D: the rank reaches the jenjang's lowest pangkat, and the predicates of the two
     * years before D's year are at least Baik. {@code rank} is the golongan/ruang as recorded ("III/b"), null if unknown.
     */
    public static Eligibility functional(PositionLevel target, String rank, Candidate c, LocalDate d) {
        List<Failure> failures = new ArrayList<>();
        String lowest = LOWEST_RANK.get(target);
        if (rank == null || order(rank) < 0) {
            failures.add(new Failure(EligibilityReason.POSITION, List.of(Sentence.of("selection.career.rank.unknown", lowest))));
        } else if (order(rank) < order(lowest)) {
            failures.add(new Failure(EligibilityReason.POSITION, List.of(Sentence.of("selection.career.rank.low", rank, lowest))));
        }
        Conditions.performance(c.annualPredicates(), d, 2).ifPresent(failures::add);
        Conditions.pnsOnly(c.type()).ifPresent(failures::add);
        return new Eligibility(d, failures, "PermenPANRB 1/2023", null);
    }

    /** The order of a golongan/ruang ("I/a" = 0 … "IV/e" = 19); -1 when it is not one. */
    public static int order(String rank) {
        String[] parts = rank == null ? new String[0] : rank.trim().split("/");
        if (parts.length != 2 || parts[1].length() != 1) {
            return -1;
        }
        int golongan = switch (parts[0].toUpperCase()) {
            case "I" -> 0;
            case "II" -> 1;
            case "III" -> 2;
            case "IV" -> 3;
            default -> -1;
        };
        int ruang = Character.toLowerCase(parts[1].charAt(0)) - 'a';
        if (golongan < 0 || ruang < 0 || ruang > (golongan == 3 ? 4 : 3)) {
            return -1;
        }
        return golongan * 5 + ruang;
    }

    private static Step structural(PositionKind kind) {
        return new Step(Route.STRUCTURAL, kind, null);
    }
}
