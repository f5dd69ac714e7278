package id.merit.selection.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The ranking of a selection round (regulations.md §6.3 rows 5–6): weighted final score, ties broken by the
 * competency assessment, then the interview (the round's order), equal candidates share a rank.
 */
class RankingTests {
    static final Map<Stage, Integer> EQUAL = PanelParameters.DEFAULTS.weights();
    static final List<Stage> DEFAULT_ORDER = PanelParameters.DEFAULTS.tieBreak();

    /** "C/T/P/I" = competency, track record, paper, interview. */
    static Ranking.Candidate c(long id, String name, String scores) {
        String[] s = scores.split("/");
        Map<Stage, BigDecimal> m = new EnumMap<>(Stage.class);
        m.put(Stage.COMPETENCY, new BigDecimal(s[0]));
        m.put(Stage.TRACK_RECORD, new BigDecimal(s[1]));
        m.put(Stage.PAPER, new BigDecimal(s[2]));
        m.put(Stage.INTERVIEW, new BigDecimal(s[3]));
        return new Ranking.Candidate(id, name, m);
    }

    static String order(List<Ranking.Ranked> ranked) {
        List<String> out = new ArrayList<>();
        for (Ranking.Ranked r : ranked) {
            out.add(r.rank() + ":" + r.candidate().name());
        }
        return String.join(" ", out);
    }

    // equal weights: the mean of the four stages, two decimals half-up
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(textBlock = """
            80/70/60/90,       75.00
            80/80/80/81,       80.25
            80.01/80/80/80,    80.00
            80.02/80/80/80,    80.01
            0/0/0/0,           0.00
            100/100/100/100,   100.00
            """)
    void finalScoreWithEqualWeights(String scores, BigDecimal expected) {
        assertThat(Ranking.finalScore(c(1, "A", scores).stageScores(), EQUAL)).isEqualByComparingTo(expected);
    }

    @Test
    void weightsAreNormalisedToTheirSum() {
        Map<Stage, Integer> w = new EnumMap<>(Stage.class);
        w.put(Stage.COMPETENCY, 40);
        w.put(Stage.INTERVIEW, 20);
        // (90 × 40 + 60 × 20) / 60 = 80
        assertThat(Ranking.finalScore(c(1, "A", "90/0/0/60").stageScores(), w)).isEqualByComparingTo("80.00");
    }

    // tie-break rows: every candidate has the final score 75; the order decides
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            COMPETENCY INTERVIEW, 1:Budi 2:Citra 3:Ani
            INTERVIEW COMPETENCY, 1:Citra 2:Budi 3:Ani
            INTERVIEW,            1:Citra 2:Ani 2:Budi
            COMPETENCY,           1:Budi 2:Ani 2:Citra
            '',                   1:Ani 1:Budi 1:Citra
            """)
    void tiesAreBrokenInTheRoundsOrder(String tieBreak, String expected) {
        List<Stage> order = tieBreak.isBlank() ? List.of() : java.util.Arrays.stream(tieBreak.split(" ")).map(Stage::valueOf).toList();
        List<Ranking.Candidate> cs = List.of(
                c(3, "Citra", "70/80/60/90"),   // 75, competency 70, interview 90
                c(1, "Ani", "70/90/70/70"),     // 75, competency 70, interview 70
                c(2, "Budi", "90/70/70/70"));   // 75, competency 90, interview 70
        assertThat(order(Ranking.rank(cs, EQUAL, order))).isEqualTo(expected);
    }

    @Test
    void aHigherFinalScoreComesFirstWhateverTheTieBreak() {
        List<Ranking.Candidate> cs = List.of(c(1, "Ani", "60/60/60/60"), c(2, "Budi", "60/60/60/61"), c(3, "Citra", "100/0/0/0"));
        assertThat(order(Ranking.rank(cs, EQUAL, DEFAULT_ORDER))).isEqualTo("1:Budi 2:Ani 3:Citra");
    }

    @Test
    void theMeanOfTheMembersScoresIsRoundedHalfUp() {
        assertThat(Ranking.mean(List.of(new BigDecimal("80"), new BigDecimal("81"), new BigDecimal("81")))).isEqualByComparingTo("80.67");
        assertThat(Ranking.mean(List.of(new BigDecimal("80"), new BigDecimal("80.01")))).isEqualByComparingTo("80.01");
        assertThat(Ranking.mean(List.of())).isNull();
    }
}
