package id.merit.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * Competency assessments for the demo regency, as an {@code assessments} import file (interchange.md §2): about 30 %
 * of the PNS, mostly MAPPING assessments in 2024 and 2025 (some people both years), about one in five a SELECTION
 * assessment instead. Each NIP draws from its own generator (seed and NIP), so a person's rows do not depend on who
 * else is in the list: the same on a fresh seed and on an existing demo database.
 */
final class DemoAssessments {
    static final String HEADER = "nip,assessment_date,purpose,jpm,potential_score";
    private final long seed;

    DemoAssessments(long seed) {
        this.seed = seed;
    }

    /** The CSV for these PNS NIPs (in the given order). */
    String csv(List<String> pnsNips) {
        StringBuilder out = new StringBuilder(HEADER).append('\n');
        for (String nip : pnsNips) {
            Random r = new Random(mix(seed * 31 + nip.hashCode()));
            if (r.nextDouble() >= 0.30) {
                continue;
            }
            double talent = r.nextGaussian(); // one person's general level, shared by their assessments
            boolean selection = r.nextDouble() < 0.20;
            if (selection) {
                row(out, nip, day(r, 2025), "SELECTION", r, talent);
                continue;
            }
            int round = r.nextInt(100); // 0–29 the 2024 round only, 30–54 both rounds, 55–99 the 2025 round only
            if (round < 55) {
                row(out, nip, day(r, 2024), "MAPPING", r, talent);
            }
            if (round >= 30) {
                row(out, nip, day(r, 2025), "MAPPING", r, talent);
            }
        }
        return out.toString();
    }

    /** SplitMix64's finaliser: neighbouring NIPs would otherwise start {@link Random} on correlated first draws. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static LocalDate day(Random r, int year) {
        return LocalDate.of(year, 3 + r.nextInt(8), 1 + r.nextInt(28));
    }

    private static void row(StringBuilder out, String nip, LocalDate date, String purpose, Random r, double talent) {
        BigDecimal jpm = score(74 + 8 * talent + 4 * r.nextGaussian(), 35, 99);
        BigDecimal potential = score(68 + 10 * talent + 6 * r.nextGaussian(), 30, 98);
        out.append(nip).append(',').append(date).append(',').append(purpose).append(',')
                .append(jpm.toPlainString()).append(',').append(potential.toPlainString()).append('\n');
    }

    private static BigDecimal score(double v, double min, double max) {
        return BigDecimal.valueOf(Math.max(min, Math.min(max, v))).setScale(2, RoundingMode.HALF_UP);
    }
}
