package id.merit.performance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.performance.SkpPredicate;
import id.merit.performance.SkpRating;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The roll-up of RHK ratings to the results rating and of the seven BerAKHLAK ratings to the behaviour rating
 * (PermenPANRB 6/2022 gives no formula: Merit's default, docs/rules.md "SKP plans and ratings per RHK"). Items are
 * written A (di atas), M (sesuai), B (di bawah), - (not rated), separated by spaces.
 */
class RatingRollUpTests {

    @ParameterizedTest(name = "[{0}] -> {1} ({2})")
    @CsvSource({
            // rule 1: every item rated, else nothing is rolled up
            "'',            , INCOMPLETE",
            "'-',           , INCOMPLETE",
            "'A A -',       , INCOMPLETE",
            "'- - - - - - -', , INCOMPLETE",
            "'A A A A A A -', , INCOMPLETE",
            // rule 2: one item decides alone
            "'A',           ABOVE, MAJORITY_ABOVE",
            "'M',           MEETS, MAJORITY_MEETS",
            "'B',           BELOW, MAJORITY_BELOW",
            // rule 2: the rating given most often (boundaries: one more than the next)
            "'A A M',       ABOVE, MAJORITY_ABOVE",
            "'A M M',       MEETS, MAJORITY_MEETS",
            "'B B M',       BELOW, MAJORITY_BELOW",
            "'A B B',       BELOW, MAJORITY_BELOW",
            "'A A B',       ABOVE, MAJORITY_ABOVE",
            "'A A M B',     ABOVE, MAJORITY_ABOVE",
            "'B B A M',     BELOW, MAJORITY_BELOW",
            // seven BerAKHLAK aspects: 4 of 7, and a plurality of 3 against 2 and 2
            "'A A A A M M M', ABOVE, MAJORITY_ABOVE",
            "'B B B B M M M', BELOW, MAJORITY_BELOW",
            "'A A A M M B B', ABOVE, MAJORITY_ABOVE",
            "'B B B A A M M', BELOW, MAJORITY_BELOW",
            "'M M M A A B B', MEETS, MAJORITY_MEETS",
            // rule 3: a tie for most often is Sesuai Ekspektasi
            "'A B',         MEETS, TIE_MEETS",
            "'A M',         MEETS, TIE_MEETS",
            "'M B',         MEETS, TIE_MEETS",
            "'A A B B',     MEETS, TIE_MEETS",
            "'A M B',       MEETS, TIE_MEETS",
            "'A A A B B B M', MEETS, TIE_MEETS",
            "'A A B B M M', MEETS, TIE_MEETS",
            "'B B B A A A', MEETS, TIE_MEETS",
    })
    void rollUp(String items, SkpRating expected, RatingRollUp.Reason reason) {
        RatingRollUp.Outcome outcome = RatingRollUp.rollUp(parse(items));
        assertThat(outcome.rating()).isEqualTo(expected);
        assertThat(outcome.reason()).isEqualTo(reason);
        assertThat(outcome.complete()).isEqualTo(expected != null);
    }

    @Test
    void countsEveryRating() {
        RatingRollUp.Outcome o = RatingRollUp.rollUp(parse("A A M B B B -"));
        assertThat(o.above()).isEqualTo(2);
        assertThat(o.meets()).isEqualTo(1);
        assertThat(o.below()).isEqualTo(3);
    }

    // the two roll-ups feed the PermenPANRB 6/2022 matrix: results from the RHK, behaviour from BerAKHLAK
    @ParameterizedTest(name = "RHK [{0}], BerAKHLAK [{1}] -> {2}")
    @CsvSource({
            "'A A M', 'A A A A M M M', SANGAT_BAIK",
            "'A B',   'A A A A M M M', BAIK",
            "'M M B', 'B B B B M M M', KURANG",
            "'B B M', 'A A A M M B B', BUTUH_PERBAIKAN",
            "'B',     'B B B A A M M', SANGAT_KURANG",
    })
    void rollsUpToThePredicate(String rhk, String aspects, SkpPredicate predicate) {
        SkpRating results = RatingRollUp.rollUp(parse(rhk)).rating();
        SkpRating behaviour = RatingRollUp.rollUp(parse(aspects)).rating();
        assertThat(PredicateMatrix.predicate(results, behaviour)).isEqualTo(predicate);
    }

    private static List<SkpRating> parse(String items) {
        List<SkpRating> out = new ArrayList<>();
        if (items == null || items.isBlank()) {
            return out;
        }
        Arrays.stream(items.trim().split("\\s+")).forEach(s -> out.add(switch (s) {
            case "A" -> SkpRating.ABOVE;
            case "M" -> SkpRating.MEETS;
            case "B" -> SkpRating.BELOW;
            default -> null;
        }));
        return out;
    }
}
