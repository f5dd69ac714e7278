package id.merit.performance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.merit.performance.ComplianceStatus;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The compliance state of an OPD with the ANNUAL SKP evaluations. Source: seed 000 (mission.md requirement 2) —
 * every OPD head must take part in the evaluation; not doing so is neglect (pembiaran) and must be visible.
 * The deadline is the period's or the OPD's extension (issue 12 item 1); the deadline day itself is still in time.
 */
class ComplianceClassifierTests {

    @ParameterizedTest(name = "due {0}, rated {1}, deadline {2}, today {3} -> {4}, missing {5}")
    @CsvSource(nullValues = "-", textBlock = """
            # due, rated, deadline,  today,      status,      missing, daysLeft
            # no ANNUAL period: no deadline, nothing is flagged
            10,    3,     -,          2027-02-15, NO_PERIOD,   7,       -
            # nobody due (only honorary staff or an empty unit)
            0,     0,     2027-01-31, 2027-02-15, NOTHING_DUE, 0,       -15
            # all rated: complete before, on and after the deadline (the flag clears on completion)
            10,    10,    2027-01-31, 2027-01-10, COMPLETE,    0,       21
            10,    10,    2027-01-31, 2027-02-15, COMPLETE,    0,       -15
            # missing before the deadline: open
            10,    9,     2027-01-31, 2027-01-10, OPEN,        1,       21
            # the deadline day itself is still in time
            10,    9,     2027-01-31, 2027-01-31, OPEN,        1,       0
            # the day after the deadline: neglect (pembiaran)
            10,    9,     2027-01-31, 2027-02-01, NEGLECT,     1,       -1
            10,    0,     2027-01-31, 2027-06-30, NEGLECT,     10,      -150
            # an extension moves the boundary: same day, later deadline
            10,    9,     2027-02-28, 2027-02-01, OPEN,        1,       27
            10,    9,     2027-02-28, 2027-03-01, NEGLECT,     1,       -1
            """)
    void statusFollowsTheDeadlineDay(int due, int rated, LocalDate deadline, LocalDate today, ComplianceStatus status, int missing,
                                     Long daysLeft) {
        assertThat(ComplianceClassifier.status(due, rated, deadline, today)).isEqualTo(status);
        assertThat(ComplianceClassifier.missing(due, rated)).isEqualTo(missing);
        if (deadline != null) {
            assertThat(ComplianceClassifier.daysLeft(deadline, today)).isEqualTo(daysLeft);
        }
    }

    @ParameterizedTest(name = "rated on {0}, deadline {1} -> late {2}")
    @CsvSource(nullValues = "-", textBlock = """
            2027-01-30, 2027-01-31, false
            2027-01-31, 2027-01-31, false
            2027-02-01, 2027-01-31, true
            2027-02-01, -,          false
            """)
    void lateMeansRecordedAfterTheDeadlineDay(LocalDate ratedOn, LocalDate deadline, boolean late) {
        assertThat(ComplianceClassifier.late(ratedOn, deadline)).isEqualTo(late);
    }

    @ParameterizedTest
    @CsvSource({"3, 4", "3, -1"})
    void moreRatedThanDueIsABug(int due, int rated) {
        assertThatThrownBy(() -> ComplianceClassifier.status(due, rated, LocalDate.of(2027, 1, 31), LocalDate.of(2027, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
