package id.merit.unitassessment.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The unit assessment's formulas (docs/rules.md "Unit (OPD) assessment", Merit's configurable reading of seed 003; no
 * regulation fixes them). One row per case, boundaries included.
 */
class UnitScoreCalculatorTests {

    @ParameterizedTest(name = "due {0}, Baik or better {1} → {2}")
    @CsvSource(nullValues = "null", value = {
            "0,   0,   null",   // nobody due: nothing to measure
            "1,   0,   0.00",
            "1,   1,   100.00",
            "3,   2,   66.67",  // 66.666… rounds half up
            "3,   1,   33.33",
            "8,   7,   87.50",
            "200, 199, 99.50",
            "7,   7,   100.00",
    })
    void performance(int due, int baik, BigDecimal expected) {
        assertThat(UnitScoreCalculator.performance(due, baik)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "staff {0}, punished {1}, covered {2}, unexcused {3}, share {4}% → {5}")
    @CsvSource(nullValues = "null", value = {
            "0,  0, 0,    0,  50, null",    // nobody, no attendance data: nothing to measure
            "10, 0, 0,    0,  50, 100.00",  // no attendance data is not absence: the punishment part alone
            "10, 1, 0,    0,  50, 90.00",
            "0,  0, 200,  10, 50, 95.00",   // no ASN counted for punishments: the attendance part alone
            "10, 0, 200,  0,  50, 100.00",
            "10, 1, 200,  10, 50, 92.50",   // (90 + 95) / 2
            "10, 1, 200,  10, 0,  90.00",   // attendance weighs nothing
            "10, 1, 200,  10, 100, 95.00",  // punishments weigh nothing
            "10, 10, 200, 200, 50, 0.00",   // everyone punished, every day absent
            "3,  1, 3,    1,  50, 66.67",
            "10, 1, 200,  10, 30, 91.50",   // 0.3 × 95 + 0.7 × 90
    })
    void discipline(int staff, int punished, int covered, int unexcused, int share, BigDecimal expected) {
        assertThat(UnitScoreCalculator.discipline(staff, punished, covered, unexcused, share)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "points {0} → {1}")
    @CsvSource({
            "'',         0.00",    // no record: 0, not "nothing to measure"
            "1,          1.00",
            "40,         40.00",
            "40 60,      100.00",  // exactly the cap
            "40 61,      100.00",  // above the cap
            "99,         99.00",
            "100,        100.00",
            "30 30 30,   90.00",
            "50 50 50,   100.00",
    })
    void points(String points, BigDecimal expected) {
        List<Integer> list = points.isBlank() ? List.of() : Arrays.stream(points.split(" ")).map(Integer::valueOf).toList();
        assertThat(UnitScoreCalculator.points(list)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "points {0} refused")
    @CsvSource({"0", "101", "-5"})
    void pointsOutsideOneToHundredAreRefused(int p) {
        assertThatThrownBy(() -> UnitScoreCalculator.points(List.of(p))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "percent sum {0} of {1} staff → {2}")
    @CsvSource(nullValues = "null", value = {
            "0,   0, null",
            "0,   1, 0.00",
            "100, 1, 100.00",
            "250, 3, 83.33",
            "200, 3, 66.67",
            "166, 2, 83.00",
    })
    void dataCompliance(long sum, int staff, BigDecimal expected) {
        assertThat(UnitScoreCalculator.dataCompliance(sum, staff)).isEqualTo(expected);
    }

    @Test
    void invalidCountsAreRefused() {
        assertThatThrownBy(() -> UnitScoreCalculator.performance(2, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnitScoreCalculator.discipline(2, 3, 0, 0, 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnitScoreCalculator.discipline(2, 0, 5, 6, 50)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnitScoreCalculator.discipline(2, 0, 5, 1, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> UnitScoreCalculator.dataCompliance(101, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Scores in Aspect order (PERFORMANCE, DISCIPLINE, INNOVATION, AWARDS, DATA_COMPLIANCE; "null" = not measurable). */
    @ParameterizedTest(name = "scores {0}, weights {1} → {2}")
    @CsvSource(nullValues = "null", value = {
            "80 90 40 20 75,          20 20 20 20 20, 61.00",   // equal weights: the plain mean
            "100 100 100 100 100,     20 20 20 20 20, 100.00",
            "0 0 0 0 0,               20 20 20 20 20, 0.00",
            "null 90 40 20 75,        20 20 20 20 20, 56.25",   // an unmeasurable aspect leaves with its weight
            "null null 0 0 null,      20 20 20 20 20, 0.00",
            "null null null null null,20 20 20 20 20, null",
            "80 90 40 20 75,          40 30 10 10 10, 72.50",   // 32 + 27 + 4 + 2 + 7.5
            "80 90 40 20 75,          100 0 0 0 0,    80.00",
            "null 90 40 20 75,        100 0 0 0 0,    null",     // the only weighted aspect cannot be measured
            "66.67 33.33 0 0 0,       20 20 20 20 20, 20.00",
    })
    void total(String scores, String weights, BigDecimal expected) {
        String[] s = scores.trim().split(" +");
        String[] w = weights.trim().split(" +");
        Map<Aspect, BigDecimal> m = new EnumMap<>(Aspect.class);
        Map<Aspect, Integer> wm = new EnumMap<>(Aspect.class);
        for (Aspect a : Aspect.values()) {
            String v = s[a.ordinal()];
            m.put(a, v.equals("null") ? null : new BigDecimal(v));
            wm.put(a, Integer.valueOf(w[a.ordinal()]));
        }
        UnitAssessmentParameters p = new UnitAssessmentParameters("t", java.time.LocalDate.of(2026, 1, 1), "test", wm, 50);
        assertThat(UnitScoreCalculator.total(m, p)).isEqualTo(expected);
    }

    @Test
    void defaultsAreEqualWeightsAndAnEvenDisciplineSplit() {
        UnitAssessmentParameters d = UnitAssessmentParameters.defaults();
        for (Aspect a : Aspect.values()) {
            assertThat(d.weight(a)).as(a.name()).isEqualTo(20);
        }
        assertThat(d.attendanceSharePercent()).isEqualTo(50);
    }

    @ParameterizedTest(name = "weights {0}, share {1} refused")
    @CsvSource({
            "0 0 0 0 0,       50",   // nothing weighs
            "20 20 20 20 101, 50",
            "20 20 20 20 -1,  50",
            "20 20 20 20 20,  101",
            "20 20 20 20 20,  -1",
    })
    void invalidParametersAreRefused(String weights, int share) {
        String[] w = weights.trim().split(" +");
        Map<Aspect, Integer> wm = new EnumMap<>(Aspect.class);
        for (Aspect a : Aspect.values()) {
            wm.put(a, Integer.valueOf(w[a.ordinal()]));
        }
        assertThatThrownBy(() -> new UnitAssessmentParameters("t", java.time.LocalDate.of(2026, 1, 1), "test", wm, share))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
