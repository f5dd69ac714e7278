package id.merit.performance.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Rater leniency (issue 12 item 7): how one rater's share of "di atas ekspektasi" and "di bawah ekspektasi" ratings (the
 * results and the behaviour rating of each evaluation count as two ratings, PermenPANRB 6/2022) compares with the
 * same shares over a reference group (the rater's OPD, the regency). The regulation names no threshold: Merit's default
 * marks a rater whose share of ratings above expectation exceeds the reference by at least
 * {@link Parameters#deviationPoints()} percentage points as LENIENT, one whose share below expectation does as SEVERE,
 * and says nothing about a rater with fewer than {@link Parameters#minimumRatings()} ratings (TOO_FEW). It only reports:
 * BKPSDM decides whether to return the OPD's ratings for review.
 */
public final class RaterLeniency {

    /** Merit's defaults: at least 10 ratings (5 evaluations), 20 percentage points. */
    public record Parameters(int minimumRatings, int deviationPoints) {
        public static final Parameters DEFAULTS = new Parameters(10, 20);

        public Parameters {
            if (minimumRatings < 1 || deviationPoints < 1 || deviationPoints > 100) {
                throw new IllegalArgumentException("minimumRatings >= 1, deviationPoints 1..100");
            }
        }
    }

    /** Ratings by value: above, meets and below the expectation. */
    public record Counts(long above, long meets, long below) {
        public long total() {
            return above + meets + below;
        }

        public Counts plus(Counts o) {
            return new Counts(above + o.above, meets + o.meets, below + o.below);
        }

        /** The share of ratings above expectation, in percent with one decimal (0 when there are none). */
        public BigDecimal aboveShare() {
            return share(above);
        }

        public BigDecimal belowShare() {
            return share(below);
        }

        private BigDecimal share(long n) {
            long t = total();
            return t == 0 ? BigDecimal.ZERO.setScale(1) : BigDecimal.valueOf(n * 100L).divide(BigDecimal.valueOf(t), 1, RoundingMode.HALF_UP);
        }
    }

    public enum Verdict { TOO_FEW, LENIENT, SEVERE, IN_LINE }

    private RaterLeniency() {
    }

    /**
     * The verdict for a rater against a reference group. Exact comparison on counts (no rounding): the rater's share minus
     * the reference share is at least the threshold when {@code 100·(r/R − g/G) ≥ d}. LENIENT is checked first: a rater
     * who rates many above and many below expectation is reported as lenient (rare; the table shows both shares).
     */
    public static Verdict verdict(Counts rater, Counts reference, Parameters p) {
        if (rater.total() < p.minimumRatings()) {
            return Verdict.TOO_FEW;
        }
        if (exceeds(rater.above(), rater.total(), reference.above(), reference.total(), p.deviationPoints())) {
            return Verdict.LENIENT;
        }
        if (exceeds(rater.below(), rater.total(), reference.below(), reference.total(), p.deviationPoints())) {
            return Verdict.SEVERE;
        }
        return Verdict.IN_LINE;
    }

    // 100·r/R − 100·g/G ≥ d  ⇔  100·r·G − 100·g·R ≥ d·R·G  (R, G > 0; an empty reference counts as a share of 0)
    private static boolean exceeds(long r, long rTotal, long g, long gTotal, int d) {
        if (gTotal == 0) {
            return 100L * r >= (long) d * rTotal;
        }
        return BigDecimal.valueOf(100L * r).multiply(BigDecimal.valueOf(gTotal))
                .subtract(BigDecimal.valueOf(100L * g).multiply(BigDecimal.valueOf(rTotal)))
                .compareTo(BigDecimal.valueOf(d).multiply(BigDecimal.valueOf(rTotal)).multiply(BigDecimal.valueOf(gTotal))) >= 0;
    }
}
