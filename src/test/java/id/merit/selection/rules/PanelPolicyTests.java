package id.merit.selection.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The selection panel and its blind scoring, regulations.md §6.3–6.4 (PP 11/2017 Ps 116: "berjumlah ganjil", 5–9
 * members) row by row. {@code expected} is the refusal's reason code, "-" = allowed.
 */
class PanelPolicyTests {
    static final PanelParameters P = PanelParameters.DEFAULTS;

    static String code(Optional<Refusal> r) {
        return r.map(f -> f.reason().name()).orElse("-");
    }

    // §6.4: odd number, 5–9 members; every size from 4 to 10
    @ParameterizedTest(name = "{0} members: {1}")
    @CsvSource(textBlock = """
            0,  PANEL_TOO_SMALL
            3,  PANEL_TOO_SMALL
            4,  PANEL_TOO_SMALL
            5,  -
            6,  PANEL_EVEN
            7,  -
            8,  PANEL_EVEN
            9,  -
            10, PANEL_TOO_LARGE
            11, PANEL_TOO_LARGE
            """)
    void size(int members, String expected) {
        assertThat(code(PanelPolicy.size(members, P))).isEqualTo(expected);
    }

    // adding a member: never beyond 9 (the 10th is refused), never twice, never once scoring is open
    @ParameterizedTest(name = "opened {0}, {1} members, already {2}: {3}")
    @CsvSource(textBlock = """
            false, 0, false, -
            false, 4, false, -
            false, 8, false, -
            false, 9, false, PANEL_TOO_LARGE
            false, 3, true,  ALREADY_MEMBER
            true,  3, false, ASSESSMENT_OPENED
            """)
    void addMember(boolean opened, int current, boolean already, String expected) {
        assertThat(code(PanelPolicy.addMember(opened, current, already, P))).isEqualTo(expected);
    }

    // the assessment opens after the registration closed, with a valid panel, everyone screened, someone passed
    @ParameterizedTest(name = "{0} opened {1} members {2} pending {3} passed {4}: {5}")
    @CsvSource(textBlock = """
            CLOSED,      false, 5, 0, 3, -
            CLOSED,      false, 9, 0, 1, -
            CLOSED,      true,  5, 0, 3, ASSESSMENT_OPENED
            ANNOUNCED,   false, 5, 0, 3, ROUND_NOT_CLOSED
            RECOMMENDED, false, 5, 0, 3, ROUND_NOT_CLOSED
            CLOSED,      false, 4, 0, 3, PANEL_TOO_SMALL
            CLOSED,      false, 6, 0, 3, PANEL_EVEN
            CLOSED,      false, 10, 0, 3, PANEL_TOO_LARGE
            CLOSED,      false, 5, 1, 3, SCREENING_PENDING
            CLOSED,      false, 5, 0, 0, NO_CANDIDATES
            """)
    void open(RoundState state, boolean opened, int members, long pending, long passed, String expected) {
        assertThat(code(PanelPolicy.open(state, opened, members, pending, passed, P))).isEqualTo(expected);
    }

    // weights and tie-break order: changed only before the assessment opens
    @Test
    void weightsAreRefusedOnceTheAssessmentIsOpen() {
        Map<Stage, Integer> w = new EnumMap<>(P.weights());
        assertThat(code(PanelPolicy.plan(false, w, List.of(Stage.COMPETENCY, Stage.INTERVIEW)))).isEqualTo("-");
        assertThat(code(PanelPolicy.plan(true, w, List.of(Stage.COMPETENCY, Stage.INTERVIEW)))).isEqualTo("ASSESSMENT_OPENED");
        assertThat(code(PanelPolicy.change(true))).isEqualTo("ASSESSMENT_OPENED");
        assertThat(code(PanelPolicy.change(false))).isEqualTo("-");
    }

    @ParameterizedTest(name = "competency {0} interview {1} health {2}, tie-break {3}: {4}")
    @CsvSource(textBlock = """
            25,  25, 0,  COMPETENCY INTERVIEW, -
            100, 0,  0,  COMPETENCY,           -
            0,   0,  0,  '',                   NO_WEIGHTED_STAGE
            101, 0,  0,  '',                   WEIGHT_OUT_OF_RANGE
            -1,  10, 0,  '',                   WEIGHT_OUT_OF_RANGE
            25,  0,  0,  COMPETENCY INTERVIEW, TIE_BREAK_INVALID
            25,  25, 0,  COMPETENCY COMPETENCY, TIE_BREAK_INVALID
            25,  25, 10, HEALTH,               -
            """)
    void plan(int competency, int interview, int health, String tieBreak, String expected) {
        Map<Stage, Integer> w = new EnumMap<>(Stage.class);
        w.put(Stage.COMPETENCY, competency);
        w.put(Stage.INTERVIEW, interview);
        w.put(Stage.HEALTH, health);
        List<Stage> order = tieBreak.isBlank() ? List.of() : java.util.Arrays.stream(tieBreak.split(" ")).map(Stage::valueOf).toList();
        assertThat(code(PanelPolicy.plan(false, w, order))).isEqualTo(expected);
    }

    // default: equal weights over the scored stages; the tie-break is competency, then interview
    @Test
    void defaultsAreEqualWeightsOverTheScoredStages() {
        assertThat(P.weights()).containsEntry(Stage.COMPETENCY, 25).containsEntry(Stage.TRACK_RECORD, 25).containsEntry(Stage.PAPER, 25)
                .containsEntry(Stage.INTERVIEW, 25).containsEntry(Stage.ADMINISTRATION, 0).containsEntry(Stage.HEALTH, 0);
        assertThat(P.tieBreak()).containsExactly(Stage.COMPETENCY, Stage.INTERVIEW);
        assertThat(P.minMembers()).isEqualTo(5);
        assertThat(P.maxMembers()).isEqualTo(9);
    }

    // scoring: opened, weighted, stage open, no conflict of interest (PP 11/2017: no conflict), once, 0–100
    @ParameterizedTest(name = "opened {0} weight {1} closed {2} conflict {3} scored {4} score {5}: {6}")
    @CsvSource(textBlock = """
            true,  25, false, false, false, 80,     -
            true,  25, false, false, false, 0,      -
            true,  25, false, false, false, 100,    -
            true,  25, false, false, false, 100.01, SCORE_OUT_OF_RANGE
            true,  25, false, false, false, -0.01,  SCORE_OUT_OF_RANGE
            true,  25, false, false, false,       , SCORE_OUT_OF_RANGE
            false, 25, false, false, false, 80,     ASSESSMENT_NOT_OPEN
            true,  0,  false, false, false, 80,     STAGE_NOT_SCORED
            true,  25, true,  false, false, 80,     STAGE_CLOSED
            true,  25, false, true,  false, 80,     CONFLICT_DECLARED
            true,  25, false, false, true,  80,     ALREADY_SCORED
            """)
    void score(boolean opened, int weight, boolean closed, boolean conflict, boolean scored, BigDecimal score, String expected) {
        assertThat(code(PanelPolicy.score(opened, weight, closed, conflict, scored, score))).isEqualTo(expected);
    }

    @ParameterizedTest(name = "has scored {0}: {1}")
    @CsvSource(textBlock = """
            false, -
            true,  CONFLICT_AFTER_SCORING
            """)
    void conflict(boolean scored, String expected) {
        assertThat(code(PanelPolicy.declareConflict(scored))).isEqualTo(expected);
    }

    // blind scoring: a member after their own score; officials after the stage is closed
    @ParameterizedTest(name = "{0} own submitted {1} stage closed {2}: {3}")
    @CsvSource(textBlock = """
            MEMBER,   false, false, false
            MEMBER,   false, true,  false
            MEMBER,   true,  false, true
            MEMBER,   true,  true,  true
            OFFICIAL, false, false, false
            OFFICIAL, true,  false, false
            OFFICIAL, false, true,  true
            """)
    void blind(PanelPolicy.Reader reader, boolean own, boolean closed, boolean visible) {
        assertThat(PanelPolicy.mayRead(reader, own, closed)).isEqualTo(visible);
    }

    @ParameterizedTest(name = "opened {0} weight {1} closed {2} missing {3}: {4}")
    @CsvSource(textBlock = """
            true,  25, false, 0, -
            true,  25, false, 1, SCORES_MISSING
            true,  25, true,  0, STAGE_CLOSED
            true,  0,  false, 0, STAGE_NOT_SCORED
            false, 25, false, 0, ASSESSMENT_NOT_OPEN
            """)
    void closeStage(boolean opened, int weight, boolean closed, long missing, String expected) {
        assertThat(code(PanelPolicy.closeStage(opened, weight, closed, missing))).isEqualTo(expected);
    }
}
