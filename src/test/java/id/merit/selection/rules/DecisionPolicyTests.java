package id.merit.selection.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shortlist and the regent's decision, regulations.md §6.3 row 6 (PP 11/2017 Ps 113–127: the panel proposes the
 * three best per vacancy, the PPK chooses one) and issue 14 item 4 (another than the first-ranked only with a written
 * rationale), row by row. {@code expected} is the refusal's reason code, "-" = allowed.
 */
class DecisionPolicyTests {

    static String code(Optional<Refusal> r) {
        return r.map(f -> f.reason().name()).orElse("-");
    }

    // §6.3 row 6: the 3 best per vacancy; fewer when fewer passed (boundaries 0, 1, 2, 3, 4)
    @ParameterizedTest(name = "{0} candidates: {1} shortlisted")
    @CsvSource(textBlock = """
            0,  0
            1,  1
            2,  2
            3,  3
            4,  3
            12, 3
            """)
    void shortlistSize(int candidates, int expected) {
        assertThat(DecisionPolicy.shortlistSize(candidates)).isEqualTo(expected);
    }

    // Merit's default: the first three in the printed order; a tie across the boundary is shown, not resolved
    @ParameterizedTest(name = "ranks {0}: tie at the boundary {1}")
    @CsvSource(delimiter = ';', textBlock = """
            1 2 3 4; false
            1 2 3 3; true
            1 2 2 2; true
            1 1 1 1; true
            1 2 2 4; false
            1 2 3;   false
            1 1;     false
            """)
    void tieAtBoundary(String ranks, boolean expected) {
        List<Integer> list = Arrays.stream(ranks.trim().split(" ")).map(Integer::valueOf).toList();
        assertThat(DecisionPolicy.tieAtBoundary(list)).isEqualTo(expected);
    }

    // forwarding: only from CLOSED, once the ranking is final, with a candidate; never twice
    @ParameterizedTest(name = "{0} final {1} candidates {2}: {3}")
    @CsvSource(textBlock = """
            CLOSED,      true,  3, -
            CLOSED,      true,  1, -
            CLOSED,      true,  0, NO_CANDIDATES
            CLOSED,      false, 3, STAGE_OPEN
            DRAFT,       true,  3, WRONG_STATE
            RECOMMENDED, true,  3, WRONG_STATE
            ANNOUNCED,   true,  3, WRONG_STATE
            SHORTLISTED, true,  3, ALREADY_FORWARDED
            DECIDED,     true,  3, ALREADY_FORWARDED
            CANCELLED,   true,  3, ROUND_CANCELLED
            """)
    void forward(RoundState state, boolean rankingFinal, int candidates, String expected) {
        assertThat(code(DecisionPolicy.forward(state, rankingFinal, candidates))).isEqualTo(expected);
    }

    // the decision: after the shortlist, a shortlisted candidate, once; rank 1 free, rank 2 and 3 need a rationale
    @ParameterizedTest(name = "{0} rank {1} rationale ''{2}'': {3}")
    @CsvSource(textBlock = """
            SHORTLISTED, 1, ,                         -
            SHORTLISTED, 1, Alasan,                   -
            SHORTLISTED, 2, ,                         RATIONALE_REQUIRED
            SHORTLISTED, 2, '   ',                    RATIONALE_REQUIRED
            SHORTLISTED, 2, Pengalaman di sektor ini, -
            SHORTLISTED, 3, ,                         RATIONALE_REQUIRED
            SHORTLISTED, 3, Pengalaman di sektor ini, -
            SHORTLISTED,  , Alasan,                   NOT_ON_SHORTLIST
            CLOSED,      1, ,                         NO_SHORTLIST
            ANNOUNCED,   1, ,                         NO_SHORTLIST
            DRAFT,       1, ,                         NO_SHORTLIST
            RECOMMENDED, 1, ,                         NO_SHORTLIST
            DECIDED,     1, ,                         ALREADY_DECIDED
            DECIDED,     2, Alasan,                   ALREADY_DECIDED
            CANCELLED,   1, ,                         ROUND_CANCELLED
            """)
    void decide(RoundState state, Integer rank, String rationale, String expected) {
        assertThat(code(DecisionPolicy.decide(state, rank, rationale))).isEqualTo(expected);
    }

    // candidates tied at rank 1 are all first-ranked
    @ParameterizedTest(name = "rank {0}: rationale required {1}")
    @CsvSource(textBlock = """
            1, false
            2, true
            3, true
            """)
    void rationaleRequired(int rank, boolean expected) {
        assertThat(DecisionPolicy.rationaleRequired(rank)).isEqualTo(expected);
    }

    // cancel: any state but DECIDED and CANCELLED, with a reason
    @ParameterizedTest(name = "{0} reason ''{1}'': {2}")
    @CsvSource(textBlock = """
            DRAFT,       Anggaran,  -
            RECOMMENDED, Anggaran,  -
            ANNOUNCED,   Anggaran,  -
            CLOSED,      Anggaran,  -
            SHORTLISTED, Anggaran,  -
            CLOSED,      ,          REASON_REQUIRED
            CLOSED,      '  ',      REASON_REQUIRED
            DECIDED,     Anggaran,  ROUND_DECIDED
            CANCELLED,   Anggaran,  ROUND_CANCELLED
            """)
    void cancel(RoundState state, String reason, String expected) {
        assertThat(code(DecisionPolicy.cancel(state, reason))).isEqualTo(expected);
    }

    // repeat: a cancelled round, once, with a reason
    @ParameterizedTest(name = "{0} repeated {1} reason ''{2}'': {3}")
    @CsvSource(textBlock = """
            CANCELLED,   false, Pelamar kurang, -
            CANCELLED,   false, ,               REASON_REQUIRED
            CANCELLED,   true,  Pelamar kurang, ALREADY_REPEATED
            CLOSED,      false, Pelamar kurang, NOT_CANCELLED
            SHORTLISTED, false, Pelamar kurang, NOT_CANCELLED
            DECIDED,     false, Pelamar kurang, NOT_CANCELLED
            """)
    void repeat(RoundState state, boolean repeated, String reason, String expected) {
        assertThat(code(DecisionPolicy.repeat(state, repeated, reason))).isEqualTo(expected);
    }
}
