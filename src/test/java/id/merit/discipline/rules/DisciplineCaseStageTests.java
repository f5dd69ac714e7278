package id.merit.discipline.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The case workflow: recorded transitions, and the stage that follows from the dates after delivery. */
class DisciplineCaseStageTests {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
            "OPENED,    SUMMONED,  true",
            "OPENED,    EXAMINED,  false",
            "OPENED,    CANCELLED, true",
            "SUMMONED,  EXAMINED,  true",
            "SUMMONED,  CANCELLED, true",
            "EXAMINED,  DECIDED,   true",
            "EXAMINED,  CANCELLED, true",
            // no cancellation once decided: the decision stands or goes through upaya administratif
            "DECIDED,   CANCELLED, false",
            "DECIDED,   DELIVERED, true",
            "DELIVERED, ENDED,     true",
            "DELIVERED, CANCELLED, false",
            "CANCELLED, OPENED,    false",
            "ENDED,     OPENED,    false",
    })
    void transitions(CaseStage from, CaseStage to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }

    @ParameterizedTest(name = "{0} effective {1} end {2} permanent {3} on {4} -> {5}")
    @CsvSource(nullValues = "-", value = {
            "DECIDED,   -,          -,          false, 2025-03-20, DECIDED",
            // received 1 March → effective 15 March (PP 94/2021 Ps 38(1)); the day before it is still only delivered
            "DELIVERED, 2025-03-15, 2025-09-15, false, 2025-03-14, DELIVERED",
            "DELIVERED, 2025-03-15, 2025-09-15, false, 2025-03-15, RUNNING",
            "DELIVERED, 2025-03-15, 2025-09-15, false, 2025-09-14, RUNNING",
            "DELIVERED, 2025-03-15, 2025-09-15, false, 2025-09-15, ENDED",
            // a reprimand has no duration: carried out once effective
            "DELIVERED, 2025-03-15, -,          false, 2025-03-15, ENDED",
            // dismissal has no end
            "DELIVERED, 2025-03-15, -,          true,  2030-01-01, EFFECTIVE",
            "ENDED,     2025-03-15, 2025-09-15, false, 2025-04-01, ENDED",
            "CANCELLED, -,          -,          false, 2025-04-01, CANCELLED",
    })
    void stageFromTheDates(CaseStage recorded, LocalDate effective, LocalDate end, boolean permanent, LocalDate today, CaseStage expected) {
        assertThat(CaseStage.current(recorded, effective, end, permanent, today)).isEqualTo(expected);
    }
}
