package id.merit.unitassessment.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The changeable numbers of the unit assessment: the weight of each aspect in the total and the share of attendance
 * (against punishments) in the discipline aspect, in whole percent. No regulation fixes them (regulations.md §9 has
 * no unit-assessment formula; seed 003 names the five aspects only), so {@link #defaults()} is Merit's reading:
 * equal weights and an even split. An instance changes them in application properties
 * ({@code merit.unit-assessment.*}); each league table names the rule set it was computed with.
 *
 * @param weights               every aspect's weight, 0–100 each, at least one above 0
 * @param attendanceSharePercent the attendance part of the discipline aspect, 0–100 (the rest is the punishment part)
 */
public record UnitAssessmentParameters(String name, LocalDate effectiveFrom, String basis, Map<Aspect, Integer> weights,
                                       int attendanceSharePercent) {

    public static final String DEFAULT_NAME = "merit-unit-2026";
    public static final String DEFAULT_BASIS = "Merit default (seed 003: five aspects, equal weights); no regulation fixes the weights";

    public UnitAssessmentParameters {
        EnumMap<Aspect, Integer> w = new EnumMap<>(Aspect.class);
        int sum = 0;
        for (Aspect a : Aspect.values()) {
            Integer v = weights == null ? null : weights.get(a);
            if (v == null || v < 0 || v > 100) {
                throw new IllegalArgumentException("weight of " + a + " must be 0-100, was " + v);
            }
            w.put(a, v);
            sum += v;
        }
        if (sum == 0) {
            throw new IllegalArgumentException("at least one aspect needs a weight above 0");
        }
        if (attendanceSharePercent < 0 || attendanceSharePercent > 100) {
            throw new IllegalArgumentException("attendance share must be 0-100, was " + attendanceSharePercent);
        }
        weights = Collections.unmodifiableMap(w);
    }

    /** Equal weights (20 each) and an even discipline split, effective from 1 January 2026. */
    public static UnitAssessmentParameters defaults() {
        EnumMap<Aspect, Integer> w = new EnumMap<>(Aspect.class);
        for (Aspect a : Aspect.values()) {
            w.put(a, 20);
        }
        return new UnitAssessmentParameters(DEFAULT_NAME, LocalDate.of(2026, 1, 1), DEFAULT_BASIS, w, 50);
    }

    public int weight(Aspect aspect) {
        return weights.get(aspect);
    }
}
