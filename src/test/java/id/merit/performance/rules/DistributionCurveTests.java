package id.merit.performance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.performance.SkpPredicate;
import id.merit.performance.rules.DistributionCurve.OrgPredicate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The curve of regulations.md §3.3 row by row, each bound at its boundary. Counts are given as SB/B/BP/K/SK (Sangat Baik,
 * Baik, Butuh Perbaikan, Kurang, Sangat Kurang); {@code expected} is the met flag of each constraint in the table's order.
 */
class DistributionCurveTests {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(textBlock = """
            ISTIMEWA,        7/3/0/0/0,  true
            ISTIMEWA,        8/2/0/0/0,  false
            ISTIMEWA,        70/30/0/0/0, true
            ISTIMEWA,        71/29/0/0/0, false
            BAIK,            0/7/3/0/0,  true+true
            BAIK,            0/7/0/3/0,  true+true
            BAIK,            3/7/0/0/0,  true+false
            BAIK,            0/8/2/0/0,  false+true
            BUTUH_PERBAIKAN, 1/3/6/0/0,  true+true
            BUTUH_PERBAIKAN, 1/4/5/0/0,  false+true
            BUTUH_PERBAIKAN, 2/2/6/0/0,  true+false
            KURANG,          1/0/1/6/2,  true+true+true
            KURANG,          0/1/1/5/3,  false+true+true
            KURANG,          0/2/0/6/2,  true+false+true
            KURANG,          2/0/1/6/1,  true+true+false
            SANGAT_KURANG,   0/3/1/0/6,  true+true+true
            SANGAT_KURANG,   0/4/0/1/5,  false+true+true
            SANGAT_KURANG,   0/4/0/0/6,  true+false+true
            SANGAT_KURANG,   1/2/1/0/6,  true+true+false
            """)
    void theOrganisationsPredicateCapsTheDistribution(OrgPredicate org, String counts, String expected) {
        String[] n = counts.split("/");
        Map<SkpPredicate, Long> byPredicate = new EnumMap<>(SkpPredicate.class);
        SkpPredicate[] order = {SkpPredicate.SANGAT_BAIK, SkpPredicate.BAIK, SkpPredicate.BUTUH_PERBAIKAN, SkpPredicate.KURANG,
                SkpPredicate.SANGAT_KURANG};
        for (int i = 0; i < order.length; i++) {
            byPredicate.put(order[i], Long.parseLong(n[i]));
        }
        List<Boolean> met = DistributionCurve.check(org, byPredicate).stream().map(DistributionCurve.Check::met).toList();
        assertThat(met).isEqualTo(java.util.Arrays.stream(expected.split("\\+")).map(Boolean::parseBoolean).toList());
    }

    @ParameterizedTest(name = "{0} with nobody rated")
    @CsvSource({"ISTIMEWA, true", "BAIK, true+false", "BUTUH_PERBAIKAN, false+true", "SANGAT_KURANG, false+false+true"})
    void aUnitWithoutRatingsMeetsOnlyTheUpperBounds(OrgPredicate org, String expected) {
        List<Boolean> met = DistributionCurve.check(org, Map.of()).stream().map(DistributionCurve.Check::met).toList();
        assertThat(met).isEqualTo(java.util.Arrays.stream(expected.split("\\+")).map(Boolean::parseBoolean).toList());
    }
}
