package id.merit.performance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.performance.SkpPredicate;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The PP 30/2019 Ps 56-58 follow-up (regulations.md §3.2 "Follow-up"): which predicates start it, six months, then the test. */
class FollowUpPolicyTests {

    @ParameterizedTest(name = "{0} starts the follow-up: {1}")
    @CsvSource({
            "SANGAT_BAIK, false",
            "BAIK, false",
            "BUTUH_PERBAIKAN, false",   // Ps 56 also covers a JPT rated Cukup: not tracked (docs/rules.md)
            "KURANG, true",             // Ps 57-58: Kurang -> six months to improve, then uji kompetensi
            "SANGAT_KURANG, true",      // Ps 57-58: Sangat Kurang likewise
    })
    void starts(SkpPredicate predicate, boolean starts) {
        assertThat(FollowUpPolicy.starts(predicate)).isEqualTo(starts);
    }

    @ParameterizedTest(name = "predicate {0} -> due {1}; on {2}: {3}")
    @CsvSource({
            "2025-01-31, 2025-07-31, 2025-07-30, IMPROVEMENT",
            "2025-01-31, 2025-07-31, 2025-07-31, IMPROVEMENT",       // the due day is still improvement time
            "2025-01-31, 2025-07-31, 2025-08-01, COMPETENCY_TEST",   // the day after: the test is due
            "2025-08-31, 2026-02-28, 2026-02-28, IMPROVEMENT",       // six months from 31 August end on 28 February
            "2025-08-31, 2026-02-28, 2026-03-01, COMPETENCY_TEST",
            "2023-08-31, 2024-02-29, 2024-02-29, IMPROVEMENT",       // leap year
    })
    void sixMonthsThenTheTest(LocalDate predicateDate, LocalDate due, LocalDate today, FollowUpPolicy.Step step) {
        assertThat(FollowUpPolicy.improvementDue(predicateDate, ObjectionPolicy.DEFAULTS)).isEqualTo(due);
        assertThat(FollowUpPolicy.step(due, today)).isEqualTo(step);
    }
}
