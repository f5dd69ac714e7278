package id.merit.unitassessment.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Map;

/**
 * The unit (OPD) assessment's formulas (Merit's configurable reading, docs/rules.md "Unit (OPD) assessment"). Every
 * aspect is a score 0–100 with two decimals (half up), or null when the unit has nobody to measure it on; the total is
 * the weighted mean of the aspects that have a score, so a unit is not punished for an aspect that cannot apply to it.
 * <ul>
 *   <li>performance: the share of the ASN due an ANNUAL SKP evaluation whose predicate is Baik or Sangat Baik
 *       (unrated staff count as not Baik);</li>
 *   <li>discipline: a punishment part, the share of ASN without a punishment decided in the year, and an attendance
 *       part, the share of working days covered by attendance data that were not unexcused absences; mixed by the
 *       attendance share (either part alone when the other has nothing to measure: no data is not absence);</li>
 *   <li>innovation, awards: the points the team gave the year's records, summed and capped at 100 (none: 0);</li>
 *   <li>data compliance: the mean data completeness (DataCompleteness) of the unit's ASN.</li>
 * </ul>
 */
public final class UnitScoreCalculator {
    public static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int WORK_SCALE = 10;

    private UnitScoreCalculator() {
    }

    /** 100 × baikOrBetter / due; null when nobody is due. */
    public static BigDecimal performance(int due, int baikOrBetter) {
        check(due, baikOrBetter, "baikOrBetter");
        return due == 0 ? null : round(share(due, baikOrBetter));
    }

    /**
     * The discipline aspect: punishment part 100 × (staff − punished) / staff, attendance part
     * 100 × (covered − unexcused) / covered, mixed by {@code attendanceSharePercent}; null when neither can be measured.
     */
    public static BigDecimal discipline(int staff, int punished, int coveredDays, int unexcusedDays, int attendanceSharePercent) {
        check(staff, punished, "punished");
        check(coveredDays, unexcusedDays, "unexcusedDays");
        if (attendanceSharePercent < 0 || attendanceSharePercent > 100) {
            throw new IllegalArgumentException("attendance share " + attendanceSharePercent);
        }
        BigDecimal punishment = staff == 0 ? null : share(staff, staff - punished);
        BigDecimal attendance = coveredDays == 0 ? null : share(coveredDays, coveredDays - unexcusedDays);
        if (punishment == null && attendance == null) {
            return null;
        }
        if (punishment == null) {
            return round(attendance);
        }
        if (attendance == null) {
            return round(punishment);
        }
        BigDecimal a = BigDecimal.valueOf(attendanceSharePercent);
        return round(attendance.multiply(a).add(punishment.multiply(HUNDRED.subtract(a))).divide(HUNDRED, WORK_SCALE, RoundingMode.HALF_UP));
    }

    /** The sum of the records' points (each 1–100), capped at 100; 0 without records. */
    public static BigDecimal points(Collection<Integer> points) {
        int sum = 0;
        for (int p : points) {
            if (p < 1 || p > 100) {
                throw new IllegalArgumentException("points must be 1-100, was " + p);
            }
            sum += p;
        }
        return round(BigDecimal.valueOf(Math.min(100, sum)));
    }

    /** The mean of the staff's completeness percentages ({@code percentSum} over {@code staff}); null without staff. */
    public static BigDecimal dataCompliance(long percentSum, int staff) {
        if (staff < 0 || percentSum < 0 || percentSum > 100L * staff) {
            throw new IllegalArgumentException("percent sum " + percentSum + " of " + staff);
        }
        return staff == 0 ? null : round(BigDecimal.valueOf(percentSum).divide(BigDecimal.valueOf(staff), WORK_SCALE, RoundingMode.HALF_UP));
    }

    /**
     * The weighted mean Σ wᵢ·sᵢ / Σ wᵢ over the aspects with a score (null scores are left out with their weight);
     * null when no aspect with a weight above 0 has a score.
     */
    public static BigDecimal total(Map<Aspect, BigDecimal> scores, UnitAssessmentParameters parameters) {
        BigDecimal weighted = BigDecimal.ZERO;
        int weights = 0;
        for (Aspect a : Aspect.values()) {
            BigDecimal s = scores.get(a);
            int w = parameters.weight(a);
            if (s == null || w == 0) {
                continue;
            }
            weighted = weighted.add(s.multiply(BigDecimal.valueOf(w)));
            weights += w;
        }
        return weights == 0 ? null : round(weighted.divide(BigDecimal.valueOf(weights), WORK_SCALE, RoundingMode.HALF_UP));
    }

    /** 100 × part / whole at working precision (whole > 0). */
    private static BigDecimal share(int whole, int part) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), WORK_SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal round(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }

    private static void check(int whole, int part, String name) {
        if (whole < 0 || part < 0 || part > whole) {
            throw new IllegalArgumentException(name + " " + part + " of " + whole);
        }
    }
}
