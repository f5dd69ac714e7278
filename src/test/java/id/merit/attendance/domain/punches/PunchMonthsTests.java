package id.merit.attendance.domain.punches;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PunchMonthsTests {

    private static List<PunchMonths.Month> months(PunchMonths p) {
        List<PunchMonths.Month> out = new ArrayList<>();
        p.forEachMonth(out::add);
        return out;
    }

    private static LocalDateTime at(String s) {
        return LocalDateTime.parse(s.replace(' ', 'T'));
    }

    static Stream<Arguments> monthBoundaries() {
        return Stream.of(
                // last second of a month and first of the next fall in different months
                Arguments.of("2025-01-31 23:59:59", "2025-01-01", 30 * 86_400 + 86_399),
                Arguments.of("2025-02-01 00:00:00", "2025-02-01", 0),
                // leap day, and the last second of a leap February
                Arguments.of("2024-02-29 07:30:00", "2024-02-01", 28 * 86_400 + 7 * 3600 + 1800),
                Arguments.of("2024-02-29 23:59:59", "2024-02-01", 28 * 86_400 + 86_399),
                // the year turns
                Arguments.of("2025-12-31 23:59:59", "2025-12-01", 30 * 86_400 + 86_399),
                Arguments.of("2026-01-01 00:00:00", "2026-01-01", 0),
                // before 1970 (epoch seconds below zero)
                Arguments.of("1969-12-31 23:59:59", "1969-12-01", 30 * 86_400 + 86_399),
                // the first and the last storable second
                Arguments.of("1900-01-01 00:00:00", "1900-01-01", 0),
                Arguments.of("2100-12-31 23:59:59", "2100-12-01", 30 * 86_400 + 86_399));
    }

    @ParameterizedTest(name = "{0} is second {2} of {1}")
    @MethodSource("monthBoundaries")
    void aPunchLandsInItsMonthAtItsSecond(String punch, String month, int second) {
        PunchMonths p = new PunchMonths("SN1");
        p.write(7, at(punch), null);
        assertThat(months(p)).singleElement().satisfies(m -> {
            assertThat(m.month()).isEqualTo(LocalDate.parse(month));
            assertThat(m.seconds()).containsExactly(second);
            assertThat(m.devices()).containsExactly("SN1");
        });
        assertThat(p.monthRange()).containsExactly(LocalDate.parse(month), LocalDate.parse(month));
    }

    @Test
    void groupsPerEmployeeAndMonthSortedAndWithoutRepeats() {
        PunchMonths p = new PunchMonths(null);
        p.write(2, at("2025-03-03 16:00:00"), "B");
        p.write(1, at("2025-03-04 07:00:00"), null);
        p.write(2, at("2025-03-03 07:00:00"), "A");
        p.write(2, at("2025-03-03 16:00:00"), "A"); // the same punch again, from another device: counts once, keeps B
        p.write(2, at("2025-04-01 07:00:00"), null);
        p.write(1, at("2025-03-01 00:00:01"), null);

        assertThat(p.rows()).isEqualTo(6);
        assertThat(p.employeeIds()).containsExactly(2L, 1L);
        assertThat(p.monthRange()).containsExactly(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1));
        assertThat(months(p)).extracting(PunchMonths.Month::employeeId, PunchMonths.Month::month,
                m -> Arrays.toString(m.seconds()), m -> Arrays.toString(m.devices())).containsExactly(
                tuple(2L, LocalDate.of(2025, 3, 1), "[198000, 230400]", "[A, B]"),
                tuple(2L, LocalDate.of(2025, 4, 1), "[25200]", "[null]"),
                tuple(1L, LocalDate.of(2025, 3, 1), "[1, 284400]", "[null, null]"));
    }

    @Test
    void punchesOutsideTheStorableYearsAreRefused() {
        PunchMonths p = new PunchMonths("SN1");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.write(1, at("1899-12-31 23:59:59"), null))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> p.write(1, at("2101-01-01 00:00:00"), null))
                .isInstanceOf(IllegalArgumentException.class);
        p.write(1, at("1900-01-01 00:00:00"), null);
        p.write(1, at("2100-12-31 23:59:59"), null);
        assertThat(months(p)).extracting(PunchMonths.Month::month).containsExactly(LocalDate.of(1900, 1, 1), LocalDate.of(2100, 12, 1));
    }

    @Test
    void anEmptyImportHasNoMonths() {
        PunchMonths p = new PunchMonths("SN1");
        assertThat(p.monthRange()).isNull();
        assertThat(months(p)).isEmpty();
        assertThat(p.rows()).isZero();
    }

    @Test
    void growsBeyondItsInitialCapacity() {
        PunchMonths p = new PunchMonths("SN1");
        LocalDateTime start = at("2025-01-01 00:00:00");
        int n = 200_000;
        for (int i = n - 1; i >= 0; i--) {
            p.write(i % 3000, start.plusMinutes(i), null);
        }
        long[] total = {0};
        long[] ascending = {0};
        p.forEachMonth(m -> {
            total[0] += m.size();
            for (int i = 1; i < m.size(); i++) {
                if (m.seconds()[i] > m.seconds()[i - 1]) {
                    ascending[0]++;
                }
            }
        });
        assertThat(total[0]).isEqualTo(n);
        assertThat(ascending[0]).isEqualTo(n - months(p).size());
    }

    static Stream<Arguments> merges() {
        return Stream.of(
                // stored, imported -> merged, added
                Arguments.of(new int[] {10, 20}, new int[] {10, 20}, new int[] {10, 20}, 0),
                Arguments.of(new int[] {10, 20}, new int[] {5}, new int[] {5, 10, 20}, 1),
                Arguments.of(new int[] {10, 20}, new int[] {15, 20, 25}, new int[] {10, 15, 20, 25}, 2),
                Arguments.of(new int[] {10}, new int[] {1, 2, 3}, new int[] {1, 2, 3, 10}, 3),
                Arguments.of(new int[] {1, 2, 3}, new int[] {3}, new int[] {1, 2, 3}, 0));
    }

    @ParameterizedTest
    @MethodSource("merges")
    void mergeAddsOnlyWhatIsNotStored(int[] stored, int[] imported, int[] merged, int added) {
        PunchMonths.Merge m = PunchMonths.merge(month(stored, "OLD"), month(imported, "NEW"));
        assertThat(m.month().seconds()).containsExactly(merged);
        assertThat(m.added()).isEqualTo(added);
        for (int i = 0; i < merged.length; i++) {
            int second = merged[i];
            boolean wasStored = Arrays.stream(stored).anyMatch(s -> s == second);
            assertThat(m.month().devices()[i]).as("device of second %d", second).isEqualTo(wasStored ? "OLD" : "NEW");
        }
    }

    private static PunchMonths.Month month(int[] seconds, String device) {
        String[] devices = new String[seconds.length];
        Arrays.fill(devices, device);
        return new PunchMonths.Month(1, LocalDate.of(2025, 3, 1), seconds, devices);
    }
}
