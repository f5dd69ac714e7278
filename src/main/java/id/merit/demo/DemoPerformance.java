package id.merit.demo;

import id.merit.employee.EmployeeType;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The demo regency's SKP history as a {@code performance} import file (interchange.md §2): an ANNUAL evaluation of
 * every PNS and PPPK (not CPNS, not honorary staff) for {@link #HISTORICAL_YEAR} as a predicate only (a historical
 * record) and for {@link #RATED_YEARS} as results and behaviour ratings (the predicate is derived by the import).
 * Deterministic from the seed and each NIP, whatever the order of the staff: most are BAIK, about one in ten SANGAT_BAIK,
 * a few BUTUH_PERBAIKAN, KURANG or SANGAT_KURANG; strong and weak performers tend to stay so from year to year.
 * Years before an employee's first position are left out.
 */
final class DemoPerformance {

    static final int HISTORICAL_YEAR = 2023;
    static final List<Integer> RATED_YEARS = List.of(2024, 2025);
    static final String HEADER = "nip,year,period,results_rating,behaviour_rating,predicate";

    /** One employee to evaluate: {@code since} is the start of their first position (null when unknown). */
    record Member(String nip, EmployeeType type, LocalDate since) {
    }

    private enum Tendency { STRONG, STEADY, WEAK }

    private final long seed;

    DemoPerformance(long seed) {
        this.seed = seed;
    }

    static boolean evaluated(EmployeeType type) {
        return type == EmployeeType.PNS || type == EmployeeType.PPPK;
    }

    String csv(List<Member> staff) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        staff.stream().filter(m -> evaluated(m.type())).sorted(Comparator.comparing(Member::nip)).forEach(m -> {
            Random random = new Random(seed * 1_000_003L + m.nip().hashCode());
            double t = random.nextDouble();
            Tendency tendency = t < 0.10 ? Tendency.STRONG : t < 0.17 ? Tendency.WEAK : Tendency.STEADY;
            if (active(m, HISTORICAL_YEAR)) {
                String[] r = ratings(tendency, random);
                out.append(m.nip()).append(',').append(HISTORICAL_YEAR).append(",ANNUAL,,,").append(predicate(r)).append('\n');
            }
            for (int year : RATED_YEARS) {
                String[] r = ratings(tendency, random);
                if (active(m, year)) {
                    out.append(m.nip()).append(',').append(year).append(",ANNUAL,").append(r[0]).append(',').append(r[1]).append(",\n");
                }
            }
        });
        return out.toString();
    }

    private static boolean active(Member m, int year) {
        return m.since() == null || m.since().getYear() <= year;
    }

    /** Results and behaviour ratings of one year. */
    private static String[] ratings(Tendency tendency, Random random) {
        double u = random.nextDouble();
        return switch (tendency) {
            case STRONG -> u < 0.70 ? pair("ABOVE", "ABOVE") : u < 0.85 ? pair("ABOVE", "MEETS") : pair("MEETS", "ABOVE");
            case WEAK -> u < 0.35 ? pair("BELOW", "MEETS") : u < 0.55 ? pair("MEETS", "BELOW") : u < 0.62 ? pair("BELOW", "BELOW")
                    : pair("MEETS", "MEETS");
            case STEADY -> u < 0.03 ? pair("ABOVE", "ABOVE") : u < 0.98 ? (u < 0.85 ? pair("MEETS", "MEETS")
                    : u < 0.92 ? pair("ABOVE", "MEETS") : pair("MEETS", "ABOVE")) : u < 0.99 ? pair("BELOW", "ABOVE")
                    : pair("ABOVE", "BELOW");
        };
    }

    private static String[] pair(String results, String behaviour) {
        return new String[] {results, behaviour};
    }

    /** The predicate of a historical year, as it was recorded then (CUKUP for what is now BUTUH_PERBAIKAN). */
    private static String predicate(String[] r) {
        return switch (r[0] + "/" + r[1]) {
            case "ABOVE/ABOVE" -> "SANGAT_BAIK";
            case "BELOW/BELOW" -> "SANGAT_KURANG";
            case "BELOW/MEETS", "BELOW/ABOVE" -> "CUKUP";
            case "MEETS/BELOW", "ABOVE/BELOW" -> "KURANG";
            default -> "BAIK";
        };
    }
}
