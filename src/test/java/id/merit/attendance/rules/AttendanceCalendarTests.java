package id.merit.attendance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Working days and hours (rules-defaults.md; Perpres 21/2023 via regulations.md §8.5): Monday–Friday minus holidays,
 * 07:30–16:00 (Friday 16:30), per-OPD and date-ranged variants such as the Ramadan hours.
 */
class AttendanceCalendarTests {

    private static final LocalDate MON = LocalDate.of(2025, 3, 3);
    private static final LocalDate FRI = LocalDate.of(2025, 3, 7);
    private static final List<Long> CHAIN = List.of(30L, 20L, 10L); // sub-unit 30 of 20 of 10

    private static WorkingDay on(List<WorkingDay> days, LocalDate date) {
        return days.stream().filter(d -> d.date().equals(date)).findFirst().orElse(null);
    }

    private static ScheduleVariant variant(long id, Long opd, String from, String to, WeekSchedule w) {
        return new ScheduleVariant(id, opd, from == null ? null : LocalDate.parse(from), to == null ? null : LocalDate.parse(to), w);
    }

    @Test
    void withoutAnyScheduleTheDefaultHoursApply() {
        List<WorkingDay> days = WorkingCalendar.build(MON, MON.plusDays(6), Set.of(), List.of(), CHAIN);
        assertThat(days).hasSize(5);
        assertThat(on(days, MON)).isEqualTo(new WorkingDay(MON, LocalTime.of(7, 30), LocalTime.of(16, 0), 0));
        assertThat(on(days, FRI)).isEqualTo(new WorkingDay(FRI, LocalTime.of(7, 30), LocalTime.of(16, 30), 0));
    }

    @Test
    void holidaysAreNotWorkingDays() {
        assertThat(WorkingCalendar.build(MON, FRI, Set.of(LocalDate.of(2025, 3, 5)), List.of(), CHAIN)).hasSize(4);
    }

    // Ramadan (Perpres 21/2023: start 08:00, 32 h 30 min a week) for all OPDs beats an OPD's permanent hours; an OPD's
    // own date-ranged variant beats the one for all OPDs; the nearest unit's beats its parent's.
    @Test
    void mostSpecificVariantWins() {
        WeekSchedule seven = WeekSchedule.fiveDays(LocalTime.of(7, 0), LocalTime.of(15, 0), LocalTime.of(15, 0));
        WeekSchedule six = WeekSchedule.fiveDays(LocalTime.of(6, 0), LocalTime.of(14, 0), LocalTime.of(14, 0));
        WeekSchedule nine = WeekSchedule.fiveDays(LocalTime.of(9, 0), LocalTime.of(15, 0), LocalTime.of(15, 0));
        List<ScheduleVariant> variants = List.of(
                variant(1, null, null, null, WeekSchedule.DEFAULT),
                variant(2, 10L, null, null, seven),                              // the parent's permanent hours
                variant(3, null, "2025-03-04", "2025-03-07", WeekSchedule.RAMADAN), // Ramadan for everyone
                variant(4, 20L, "2025-03-06", "2025-03-07", six),                  // the direct parent's own Ramadan
                variant(5, 99L, "2025-03-03", "2025-03-07", nine));                // another OPD: irrelevant
        List<WorkingDay> days = WorkingCalendar.build(MON, FRI, Set.of(), variants, CHAIN);
        assertThat(on(days, MON).start()).isEqualTo(LocalTime.of(7, 0));
        assertThat(on(days, LocalDate.of(2025, 3, 4)).start()).isEqualTo(LocalTime.of(8, 0));
        assertThat(on(days, LocalDate.of(2025, 3, 4)).end()).isEqualTo(LocalTime.of(15, 0));
        assertThat(on(days, LocalDate.of(2025, 3, 6)).start()).isEqualTo(LocalTime.of(6, 0));
        assertThat(WorkingCalendar.build(FRI, FRI, Set.of(), variants.subList(0, 3), CHAIN).get(0).end()).isEqualTo(LocalTime.of(15, 30));
    }

    @Test
    void ramadanPresetKeepsThirtyTwoAndAHalfHours() {
        int minutes = WeekSchedule.RAMADAN.hours().values().stream()
                .mapToInt(h -> (int) java.time.Duration.between(h.start(), h.end()).toMinutes()).sum();
        // gross 7 h × 4 + 7.5 h = 35.5 h; minus breaks (30 min Monday–Thursday, 60 min Friday) = 32.5 h
        assertThat(minutes).isEqualTo(35 * 60 + 30);
    }

    @Test
    void aScheduleCanMakeSaturdayAWorkingDay() {
        java.util.Map<java.time.DayOfWeek, WeekSchedule.DayHours> h = new java.util.EnumMap<>(WeekSchedule.DEFAULT.hours());
        h.put(java.time.DayOfWeek.SATURDAY, new WeekSchedule.DayHours(LocalTime.of(7, 30), LocalTime.of(12, 0)));
        List<WorkingDay> days = WorkingCalendar.build(MON, MON.plusDays(6), Set.of(), List.of(variant(1, 30L, null, null,
                new WeekSchedule(h, 0))), CHAIN);
        assertThat(days).hasSize(6);
    }
}
