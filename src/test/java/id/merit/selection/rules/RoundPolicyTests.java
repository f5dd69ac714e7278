package id.merit.selection.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The guarded steps of an open JPT Pratama selection round, regulations.md §6.3 (PP 11/2017 Ps 113–127) row by row.
 * {@code expected} is the refusal's reason code, "-" = allowed. Today is 1 March 2026 unless a row says otherwise.
 */
class RoundPolicyTests {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    static String code(Optional<Refusal> r) {
        return r.map(f -> f.reason().name()).orElse("-");
    }

    // §6.3 row 1 (perencanaan): a vacancy of a JPT Pratama post of the catalogue; vacant = fewer holders than slots
    @ParameterizedTest(name = "{0} {1} slots {2} holders retired {3} other round {4}: {5}")
    @CsvSource(textBlock = """
            JPT_PRATAMA,   1, 0, false, false, -
            JPT_PRATAMA,   2, 1, false, false, -
            JPT_PRATAMA,   1, 1, false, false, POST_NOT_VACANT
            JPT_PRATAMA,   1, 2, false, false, POST_NOT_VACANT
            JPT_PRATAMA,   1, 0, true,  false, POST_NOT_VACANT
            JPT_PRATAMA,   1, 0, false, true,  POST_HAS_OPEN_ROUND
            ADMINISTRATOR, 1, 0, false, false, POST_NOT_JPT_PRATAMA
            PENGAWAS,      1, 0, false, false, POST_NOT_JPT_PRATAMA
            FUNGSIONAL,    1, 0, false, false, POST_NOT_JPT_PRATAMA
            PELAKSANA,     1, 1, false, false, POST_NOT_JPT_PRATAMA
            """)
    void open(String kind, int slots, int holders, boolean retired, boolean otherOpen, String expected) {
        assertThat(code(RoundPolicy.open(kind, slots, holders, retired, otherOpen))).isEqualTo(expected);
    }

    // §6.3 row 1: the merit-system supervisor's recommendation comes first (PP 11/2017 Ps 114(4)); only from DRAFT
    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource(textBlock = """
            DRAFT,       2026-03-01, -
            DRAFT,       2026-02-01, -
            DRAFT,       2026-03-02, DATE_IN_FUTURE
            RECOMMENDED, 2026-02-01, WRONG_STATE
            ANNOUNCED,   2026-02-01, WRONG_STATE
            CLOSED,      2026-02-01, WRONG_STATE
            """)
    void recommend(RoundState state, LocalDate date, String expected) {
        assertThat(code(RoundPolicy.recommend(state, date, TODAY))).isEqualTo(expected);
    }

    // §6.3 row 2: "pengumuman lowongan ... paling singkat 15 hari kalender" — both days counted: 14/15 is the boundary
    @ParameterizedTest(name = "{0} recommended {1}, announced {2}, closes {3}: {4}")
    @CsvSource(textBlock = """
            RECOMMENDED, 2026-02-01, 2026-02-15, 2026-03-01, -
            RECOMMENDED, 2026-02-01, 2026-02-16, 2026-03-01, WINDOW_TOO_SHORT
            RECOMMENDED, 2026-02-01, 2026-03-01, 2026-03-15, -
            RECOMMENDED, 2026-02-01, 2026-03-01, 2026-03-14, WINDOW_TOO_SHORT
            RECOMMENDED, 2026-02-01, 2026-03-01, 2026-03-01, WINDOW_TOO_SHORT
            RECOMMENDED, 2026-02-01, 2026-03-01, 2026-02-20, WINDOW_TOO_SHORT
            RECOMMENDED, 2026-02-01, 2026-01-31, 2026-03-31, ANNOUNCED_BEFORE_RECOMMENDATION
            RECOMMENDED, 2026-02-01, 2026-02-01, 2026-03-31, -
            RECOMMENDED, 2026-02-01, 2026-03-02, 2026-03-31, DATE_IN_FUTURE
            DRAFT,       ,           2026-02-01, 2026-03-31, WRONG_STATE
            ANNOUNCED,   2026-02-01, 2026-02-01, 2026-03-31, WRONG_STATE
            CLOSED,      2026-02-01, 2026-02-01, 2026-03-31, WRONG_STATE
            """)
    void announce(RoundState state, LocalDate recommended, LocalDate announced, LocalDate closes, String expected) {
        assertThat(code(RoundPolicy.announce(state, recommended, announced, closes, TODAY))).isEqualTo(expected);
    }

    @Test
    void aShortWindowNamesBothDatesAndTheDays() {
        Refusal r = RoundPolicy.announce(RoundState.RECOMMENDED, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 14), TODAY).orElseThrow();
        assertThat(r.args()).containsExactly(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 14), 14L, 15);
        assertThat(r.key()).isEqualTo("selection.refusal.WINDOW_TOO_SHORT");
        assertThat(RoundPolicy.windowDays(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 15))).isEqualTo(15);
    }

    // close only after the registration closing date has passed
    @ParameterizedTest(name = "{0} closes {1}, today {2}: {3}")
    @CsvSource(textBlock = """
            ANNOUNCED,   2026-02-28, 2026-03-01, -
            ANNOUNCED,   2026-03-01, 2026-03-01, REGISTRATION_STILL_OPEN
            ANNOUNCED,   2026-03-01, 2026-03-02, -
            ANNOUNCED,   2026-03-31, 2026-03-01, REGISTRATION_STILL_OPEN
            DRAFT,       2026-02-28, 2026-03-01, WRONG_STATE
            RECOMMENDED, 2026-02-28, 2026-03-01, WRONG_STATE
            CLOSED,      2026-02-28, 2026-03-01, WRONG_STATE
            """)
    void close(RoundState state, LocalDate closes, LocalDate today, String expected) {
        assertThat(code(RoundPolicy.close(state, closes, today))).isEqualTo(expected);
    }

    // §6.3 row 3 (pelamaran): only while announced, up to and including the closing date
    @ParameterizedTest(name = "{0} closes {1}, today {2}: {3}")
    @CsvSource(textBlock = """
            ANNOUNCED,   2026-03-01, 2026-03-01, -
            ANNOUNCED,   2026-03-01, 2026-02-15, -
            ANNOUNCED,   2026-03-01, 2026-03-02, REGISTRATION_CLOSED
            DRAFT,       2026-03-31, 2026-03-01, NOT_ANNOUNCED
            RECOMMENDED, 2026-03-31, 2026-03-01, NOT_ANNOUNCED
            CLOSED,      2026-03-31, 2026-03-01, NOT_ANNOUNCED
            """)
    void apply(RoundState state, LocalDate closes, LocalDate today, String expected) {
        assertThat(code(RoundPolicy.apply(state, closes, today))).isEqualTo(expected);
    }

    // §6.3 row 4 (seleksi administrasi): a failed pre-check is FAILED by default; a result against the pre-check is an
    // override and needs a reason; externals have no pre-check (eligible empty)
    @ParameterizedTest(name = "{0} eligible {1} -> {2} reason [{3}]: {4}, override {5}")
    @CsvSource(textBlock = """
            ANNOUNCED,   false, PASSED, ,                  OVERRIDE_REASON_REQUIRED, true
            ANNOUNCED,   false, PASSED, '  ',              OVERRIDE_REASON_REQUIRED, true
            ANNOUNCED,   false, PASSED, ijazah disetarakan, -,                        true
            ANNOUNCED,   false, FAILED, ,                  -,                        false
            ANNOUNCED,   true,  PASSED, ,                  -,                        false
            ANNOUNCED,   true,  FAILED, ,                  OVERRIDE_REASON_REQUIRED, true
            CLOSED,      true,  FAILED, pengalaman tidak relevan, -,                  true
            CLOSED,      ,      FAILED, ,                  -,                        false
            CLOSED,      ,      PASSED, ,                  -,                        false
            DRAFT,       true,  PASSED, ,                  SCREENING_NOT_OPEN,       false
            RECOMMENDED, ,      PASSED, ,                  SCREENING_NOT_OPEN,       false
            """)
    void screen(RoundState state, Boolean eligible, ScreeningResult result, String reason, String expected, boolean override) {
        assertThat(code(RoundPolicy.screen(state, eligible, result, reason))).isEqualTo(expected);
        assertThat(RoundPolicy.isOverride(eligible, result)).isEqualTo(override);
    }

    @ParameterizedTest(name = "eligible {0}: starts {1}")
    @CsvSource(textBlock = """
            true,  PENDING
            false, FAILED
            ,      PENDING
            """)
    void initialScreening(Boolean eligible, ScreeningResult expected) {
        assertThat(RoundPolicy.initialScreening(eligible)).isEqualTo(expected);
    }

    @Test
    void everyStateLeadsOnlyToTheNextOrIsCancelled() {
        for (RoundState from : RoundState.values()) {
            for (RoundState to : RoundState.values()) {
                boolean expected = to == RoundState.CANCELLED ? from != RoundState.DECIDED && from != RoundState.CANCELLED
                        : from != RoundState.CANCELLED && to.ordinal() == from.ordinal() + 1;
                assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(expected);
            }
        }
    }

    // regulations.md §6.3 row 1: KASN until its functions moved under UU 20/2023 (settings; defaults shown)
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            2024-12-31, KASN
            2025-01-01, Badan Kepegawaian Negara
            2019-05-01, KASN
            """)
    void oversightBody(LocalDate date, String expected) {
        assertThat(new OversightBody("KASN", LocalDate.of(2024, 12, 31), "Badan Kepegawaian Negara").nameOn(date)).isEqualTo(expected);
    }
}
