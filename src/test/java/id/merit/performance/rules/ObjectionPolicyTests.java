package id.merit.performance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The objection window of PP 30/2019 Ps 59(1): "paling lama 14 (empat belas) hari sejak diterima" — calendar days, the
 * day of receipt is day 0, day 14 is the last allowed day. Month ends, a leap day and a year end included.
 */
class ObjectionPolicyTests {

    @ParameterizedTest(name = "received {0}, filed {1} -> day {2}, refusal {3}")
    @CsvSource(nullValues = "-", value = {
            "2025-01-10, 2025-01-10,  0, -",               // the day of receipt itself
            "2025-01-10, 2025-01-11,  1, -",
            "2025-01-10, 2025-01-23, 13, -",
            "2025-01-10, 2025-01-24, 14, -",               // day 14: the last day allowed (Ps 59(1))
            "2025-01-10, 2025-01-25, 15, TOO_LATE",        // day 15: refused
            "2025-01-10, 2025-03-01, 50, TOO_LATE",
            "2025-01-20, 2025-02-03, 14, -",               // across a month end
            "2025-01-20, 2025-02-04, 15, TOO_LATE",
            "2024-02-20, 2024-03-05, 14, -",               // leap year: 29 February counts as a day
            "2024-02-20, 2024-03-06, 15, TOO_LATE",
            "2025-12-25, 2026-01-08, 14, -",               // across the year end
            "2025-12-25, 2026-01-09, 15, TOO_LATE",
            "2025-01-10, 2025-01-09, -1, BEFORE_RECEIPT",  // not received yet
    })
    void window(LocalDate receipt, LocalDate filed, long day, ObjectionPolicy.Refusal refusal) {
        ObjectionPolicy.Window w = ObjectionPolicy.window(receipt, filed, ObjectionPolicy.DEFAULTS);
        assertThat(w.day()).isEqualTo(day);
        assertThat(w.refusal()).isEqualTo(refusal);
        assertThat(w.allowed()).isEqualTo(refusal == null);
        assertThat(w.deadline()).isEqualTo(receipt.plusDays(14));
    }

    @Test
    void theWindowIsAParameter() {
        ObjectionPolicy.Parameters seven = new ObjectionPolicy.Parameters(7, 6, LocalDate.of(2026, 1, 1), "test");
        LocalDate receipt = LocalDate.of(2026, 3, 2);
        assertThat(ObjectionPolicy.window(receipt, receipt.plusDays(7), seven).allowed()).isTrue();
        assertThat(ObjectionPolicy.window(receipt, receipt.plusDays(8), seven).refusal()).isEqualTo(ObjectionPolicy.Refusal.TOO_LATE);
        assertThat(ObjectionPolicy.DEFAULTS.objectionDays()).isEqualTo(14);
        assertThat(ObjectionPolicy.DEFAULTS.improvementMonths()).isEqualTo(6);
        assertThatThrownBy(() -> new ObjectionPolicy.Parameters(0, 6, LocalDate.of(2026, 1, 1), "x")).isInstanceOf(IllegalArgumentException.class);
    }
}
