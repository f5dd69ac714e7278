package id.merit.performance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.performance.rules.RaterLeniency.Counts;
import id.merit.performance.rules.RaterLeniency.Parameters;
import id.merit.performance.rules.RaterLeniency.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Rater leniency against a reference group (issue 12 item 7; PermenPANRB 6/2022 names the ratings, the thresholds are
 * Merit's defaults: 10 ratings, 20 percentage points). Boundaries: 9/10 ratings, a deviation of exactly 20 points and
 * just under it.
 */
class RaterLeniencyTests {

    @ParameterizedTest(name = "rater {0}/{1}/{2} vs reference {3}/{4}/{5} -> {6}")
    @CsvSource({
            // rater above,meets,below | reference above,meets,below | verdict
            "9, 0, 0,     0, 100, 0,   TOO_FEW",   // 9 ratings < 10
            "10, 0, 0,    0, 100, 0,   LENIENT",   // 10 ratings, 100 % above vs 0 %
            "2, 8, 0,     0, 100, 0,   LENIENT",   // 20 % vs 0 %: exactly 20 points
            "2, 9, 0,     0, 100, 0,   IN_LINE",   // 18.2 % vs 0 %: 18.2 points
            "3, 7, 0,     1, 9, 0,     LENIENT",   // 30 % vs 10 %: exactly 20 points
            "29, 71, 0,   1, 9, 0,     IN_LINE",   // 29 % vs 10 %: 19 points
            "0, 8, 2,     0, 100, 0,   SEVERE",    // 20 % below vs 0 %
            "0, 9, 2,     0, 100, 0,   IN_LINE",   // 18.2 % below
            "5, 0, 5,     0, 100, 0,   LENIENT",   // both: lenient reported first
            "1, 8, 1,     1, 8, 1,     IN_LINE",   // same as the reference
            "0, 10, 0,    5, 5, 0,     IN_LINE",   // stricter than the reference on 'above' is not severity
            "2, 8, 0,     0, 0, 0,     LENIENT",   // an empty reference counts as 0 %
            "1, 9, 0,     0, 0, 0,     IN_LINE",
    })
    void verdictAgainstTheReference(long ra, long rm, long rb, long ga, long gm, long gb, Verdict expected) {
        assertThat(RaterLeniency.verdict(new Counts(ra, rm, rb), new Counts(ga, gm, gb), Parameters.DEFAULTS)).isEqualTo(expected);
    }

    @Test
    void sharesHaveOneDecimalAndZeroWithoutRatings() {
        assertThat(new Counts(1, 2, 0).aboveShare()).isEqualByComparingTo("33.3");
        assertThat(new Counts(2, 1, 0).aboveShare()).isEqualByComparingTo("66.7");
        assertThat(new Counts(0, 0, 0).belowShare()).isEqualByComparingTo("0");
        assertThat(new Counts(1, 2, 3).plus(new Counts(1, 1, 1))).isEqualTo(new Counts(2, 3, 4));
    }

    @Test
    void parametersAreChecked() {
        assertThat(new Parameters(5, 10).deviationPoints()).isEqualTo(10);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Parameters(0, 20)).isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Parameters(10, 101)).isInstanceOf(IllegalArgumentException.class);
    }
}
