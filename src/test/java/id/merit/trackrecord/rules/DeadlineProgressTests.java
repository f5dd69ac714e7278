package id.merit.trackrecord.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A team's progress against its deadline (Merit's default, docs/rules.md "Penelusuran rekam jejak"; seed 004: teams
 * report by a set date): done when every dossier is complete, open through the deadline day, overdue from the next day.
 */
class DeadlineProgressTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # case                                    | deadline   | today      | dossiers | complete | progress | daysLeft
            all complete before the deadline          | 2026-03-17 | 2026-03-01 | 3        | 3        | DONE     | 16
            all complete after the deadline           | 2026-03-17 | 2026-03-20 | 3        | 3        | DONE     | -3
            one open, the day before the deadline     | 2026-03-17 | 2026-03-16 | 3        | 2        | OPEN     | 1
            one open, on the deadline day             | 2026-03-17 | 2026-03-17 | 3        | 2        | OPEN     | 0
            one open, the day after the deadline      | 2026-03-17 | 2026-03-18 | 3        | 2        | OVERDUE  | -1
            none complete, long past                  | 2026-03-17 | 2026-06-01 | 3        | 0        | OVERDUE  | -76
            no officials yet, on the deadline day     | 2026-03-17 | 2026-03-17 | 0        | 0        | OPEN     | 0
            no officials yet, the day after           | 2026-03-17 | 2026-03-18 | 0        | 0        | OVERDUE  | -1
            across the year end                       | 2026-12-31 | 2027-01-01 | 1        | 0        | OVERDUE  | -1
            """)
    void progress(String name, LocalDate deadline, LocalDate today, long dossiers, long complete, Progress expected, long daysLeft) {
        assertThat(DeadlineProgress.of(deadline, today, dossiers, complete)).isEqualTo(expected);
        assertThat(DeadlineProgress.daysLeft(deadline, today)).isEqualTo(daysLeft);
    }
}
