package id.merit.attendance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.attendance.DayStatus;
import id.merit.attendance.rules.AttendanceCalculator.DayResult;
import id.merit.discipline.SanctionBand;
import id.merit.discipline.SedangRegime;
import id.merit.discipline.rules.AbsenceSanctionPolicy;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules-defaults.md "Working time and attendance", one rule per test. */
class AttendanceCalculatorTests {

    private static final AttendanceParameters P = AttendanceParameters.DEFAULTS;
    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
    private static final LocalDate JAN_31 = LocalDate.of(2025, 1, 31);
    /** January 2025 with the national New Year holiday: 22 working days (Mon–Fri minus 1 January). */
    private static final List<WorkingDay> JANUARY = WorkingCalendar.build(JAN_1, JAN_31, Set.of(JAN_1), List.of(), List.of(1L));

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static LocalTime t(String hhmmss) {
        return LocalTime.parse(hhmmss);
    }

    /** Present on time (07:00–16:45, Fridays 07:00–17:00) on every working day of January except {@code absent}. */
    private static Map<LocalDate, DayPunches> presentExcept(LocalDate... absent) {
        Map<LocalDate, DayPunches> m = new HashMap<>();
        Set<LocalDate> skip = Set.of(absent);
        for (WorkingDay wd : JANUARY) {
            if (!skip.contains(wd.date())) {
                m.put(wd.date(), new DayPunches(wd.date(), t("07:00:00"), t("17:00:00"), 2));
            }
        }
        return m;
    }

    private static AttendanceTotals january(Map<LocalDate, DayPunches> punches, Set<LocalDate> excused) {
        return AttendanceCalculator.totals(JAN_1, JAN_31, JANUARY, punches, excused, CoveredDays.EVERY_DAY, P);
    }

    @Test
    void defaultCalendarHasFiveDayWeeksWithoutHolidays() {
        assertThat(JANUARY).hasSize(22);
        assertThat(JANUARY).noneMatch(w -> w.date().getDayOfWeek() == DayOfWeek.SATURDAY || w.date().getDayOfWeek() == DayOfWeek.SUNDAY);
        assertThat(JANUARY.get(0).date()).isEqualTo(d("2025-01-02"));
        WorkingDay friday = JANUARY.stream().filter(w -> w.date().equals(d("2025-01-03"))).findFirst().orElseThrow();
        assertThat(friday.start()).isEqualTo(t("07:30:00"));
        assertThat(friday.end()).isEqualTo(t("16:30:00"));
        assertThat(JANUARY.get(2).end()).isEqualTo(t("16:00:00")); // Monday 6 January
    }

    @Test
    void fullAttendanceCountsEveryWorkingDayPresent() {
        AttendanceTotals t = january(presentExcept(), Set.of());
        assertThat(t).isEqualTo(new AttendanceTotals(22, 22, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    // Late = check-in after start; early leave = check-out before end; read as HH:MM (seconds dropped).
    @ParameterizedTest(name = "{0}: {1}–{2} -> late {3}, early {4}")
    @CsvSource({
            "2025-01-06, 07:45:00, 15:50:00, 15, 10",   // Monday 07:30–16:00
            "2025-01-06, 07:30:00, 16:00:00, 0,  0",    // exactly on time
            "2025-01-06, 07:30:59, 16:00:00, 0,  0",    // still 07:30 on the device clock
            "2025-01-06, 07:31:00, 15:59:59, 1,  1",
            "2025-01-06, 06:55:00, 18:00:00, 0,  0",    // early arrival and overtime give nothing back
            "2025-01-10, 07:30:00, 16:20:00, 0,  10",   // Friday ends 16:30
            "2025-01-10, 09:00:00, 16:30:00, 90, 0",
    })
    void lateAndEarlyMinutes(LocalDate date, LocalTime in, LocalTime out, int late, int early) {
        Map<LocalDate, DayPunches> punches = presentExcept();
        punches.put(date, new DayPunches(date, in, out, 2));
        AttendanceTotals t = january(punches, Set.of());
        assertThat(t.lateMinutes()).isEqualTo(late);
        assertThat(t.earlyLeaveMinutes()).isEqualTo(early);
        assertThat(t.presentDays()).isEqualTo(22);
        assertThat(t.missingCheckInDays()).isZero();
        assertThat(t.missingCheckOutDays()).isZero();
    }

    @Test
    void firstPunchIsCheckInAndLastIsCheckOutWhateverTheirCount() {
        Map<LocalDate, DayPunches> punches = presentExcept();
        punches.put(d("2025-01-07"), new DayPunches(d("2025-01-07"), t("07:40:00"), t("15:00:00"), 5));
        AttendanceTotals t = january(punches, Set.of());
        assertThat(t.lateMinutes()).isEqualTo(10);
        assertThat(t.earlyLeaveMinutes()).isEqualTo(60);
    }

    // A single punch before 12:00 is a check-in with a missing check-out (late minutes count, no early-leave minutes);
    // at or after 12:00 a check-out with a missing check-in (early-leave minutes count, no late minutes).
    @ParameterizedTest(name = "single punch {0} -> late {1}, early {2}, missing in {3}, missing out {4}")
    @CsvSource({
            "08:00:00, 30,  0,   0, 1",
            "07:10:00, 0,   0,   0, 1",
            "11:59:59, 269, 0,   0, 1",
            "12:00:00, 0,   240, 1, 0",
            "16:05:00, 0,   0,   1, 0",
    })
    void singlePunch(LocalTime at, int late, int early, int missingIn, int missingOut) {
        Map<LocalDate, DayPunches> punches = presentExcept();
        punches.put(d("2025-01-08"), DayPunches.single(d("2025-01-08"), at));
        AttendanceTotals t = january(punches, Set.of());
        assertThat(t.presentDays()).isEqualTo(22);
        assertThat(t.unexcusedDays()).isZero();
        assertThat(t.lateMinutes()).isEqualTo(late);
        assertThat(t.earlyLeaveMinutes()).isEqualTo(early);
        assertThat(t.missingCheckInDays()).isEqualTo(missingIn);
        assertThat(t.missingCheckOutDays()).isEqualTo(missingOut);
    }

    // A punch on a non-working day is kept but counts for nothing.
    @Test
    void punchesOnWeekendsAndHolidaysCountForNothing() {
        Map<LocalDate, DayPunches> punches = presentExcept();
        punches.put(d("2025-01-11"), new DayPunches(d("2025-01-11"), t("09:00:00"), t("10:00:00"), 2)); // Saturday
        punches.put(d("2025-01-12"), DayPunches.single(d("2025-01-12"), t("13:00:00")));              // Sunday
        punches.put(JAN_1, new DayPunches(JAN_1, t("08:00:00"), t("12:00:00"), 2));                    // New Year
        assertThat(january(punches, Set.of())).isEqualTo(new AttendanceTotals(22, 22, 0, 0, 0, 0, 0, 0, 0, 0));
    }

    // A working day with no punch is excused when an absence covers it, otherwise unexcused.
    @Test
    void excusedAndUnexcusedDays() {
        Map<LocalDate, DayPunches> punches = presentExcept(d("2025-01-13"), d("2025-01-14"), d("2025-01-15"));
        AttendanceTotals t = january(punches, Set.of(d("2025-01-14"), d("2025-01-18"), d("2025-01-20")));
        assertThat(t.workingDays()).isEqualTo(22);
        assertThat(t.presentDays()).isEqualTo(19);   // the excuse on a present day (20 Jan) changes nothing
        assertThat(t.excusedDays()).isEqualTo(1);
        assertThat(t.unexcusedDays()).isEqualTo(2);
        assertThat(t.longestUnexcusedStreak()).isEqualTo(1); // 13 and 15 are separated by the excused 14th
    }

    // Consecutive working days: weekends and holidays between two unexcused days do not break the streak.
    @Test
    void streakRunsAcrossAWeekendAndAHoliday() {
        LocalDate holiday = d("2025-01-27");
        List<WorkingDay> cal = WorkingCalendar.build(JAN_1, JAN_31, Set.of(JAN_1, holiday), List.of(), List.of(1L));
        Map<LocalDate, DayPunches> punches = presentExcept(d("2025-01-23"), d("2025-01-24"), d("2025-01-28"), d("2025-01-29"));
        punches.remove(holiday);
        AttendanceTotals t = AttendanceCalculator.totals(JAN_1, JAN_31, cal, punches, Set.of(), CoveredDays.EVERY_DAY, P);
        // Thu 23, Fri 24, [Sat, Sun, Mon 27 holiday], Tue 28, Wed 29 -> 4 in a row
        assertThat(t.workingDays()).isEqualTo(21);
        assertThat(t.unexcusedDays()).isEqualTo(4);
        assertThat(t.longestUnexcusedStreak()).isEqualTo(4);
    }

    @Test
    void streakIsBrokenByAnExcusedOrPresentDay() {
        Map<LocalDate, DayPunches> punches = presentExcept(d("2025-01-06"), d("2025-01-07"), d("2025-01-08"), d("2025-01-09"),
                d("2025-01-13"), d("2025-01-14"), d("2025-01-16"));
        AttendanceTotals t = january(punches, Set.of(d("2025-01-08")));
        // 6, 7 | 8 excused | 9 | 10 present | 13, 14 | 15 present | 16
        assertThat(t.unexcusedDays()).isEqualTo(6);
        assertThat(t.excusedDays()).isEqualTo(1);
        assertThat(t.longestUnexcusedStreak()).isEqualTo(2);
    }

    @Test
    void tenConsecutiveWorkingDaysReachTheDismissalStreak() {
        Map<LocalDate, DayPunches> punches = presentExcept();
        JANUARY.subList(5, 15).forEach(wd -> punches.remove(wd.date()));
        AttendanceTotals t = january(punches, Set.of());
        assertThat(t.longestUnexcusedStreak()).isEqualTo(10);
        assertThat(AbsenceSanctionPolicy.recommend(JAN_31, t.unexcusedDays(), t.longestUnexcusedStreak(), SedangRegime.PP94_TUKIN).band())
                .isEqualTo(SanctionBand.PEMBERHENTIAN);
    }

    // regulations.md §10 T8 (PP 94/2021 Pasal 15 ayat (1): counted cumulatively January–December of the current year):
    // 5 unexcused days in December 2024 and 3 in January 2025 give a 2025 count of 3 (teguran lisan).
    @Test
    void yearReset() {
        LocalDate dec1 = d("2024-12-01");
        List<WorkingDay> cal = WorkingCalendar.build(dec1, JAN_31, Set.of(d("2024-12-25"), d("2024-12-26"), JAN_1), List.of(), List.of(1L));
        Map<LocalDate, DayPunches> punches = presentExcept(d("2025-01-02"), d("2025-01-03"), d("2025-01-06"));
        for (WorkingDay wd : cal) {
            if (wd.date().getYear() == 2024 && wd.date().isBefore(d("2024-12-20"))) {
                punches.put(wd.date(), new DayPunches(wd.date(), t("07:00:00"), t("17:00:00"), 2));
            }
        }
        // December 2024: 20, 23, 24, 27, 30, 31 -> at least 5 unexcused days in the previous year
        AttendanceTotals dec = AttendanceCalculator.totals(dec1, d("2024-12-31"), cal, punches, Set.of(), CoveredDays.EVERY_DAY, P);
        assertThat(dec.unexcusedDays()).isGreaterThanOrEqualTo(5);
        AttendanceTotals jan = AttendanceCalculator.totals(JAN_1, JAN_31, cal, punches, Set.of(), CoveredDays.EVERY_DAY, P);
        assertThat(jan.unexcusedDays()).isEqualTo(3);
        assertThat(jan.longestUnexcusedStreak()).isEqualTo(3);
        assertThat(AbsenceSanctionPolicy.recommend(JAN_31, jan.unexcusedDays(), jan.longestUnexcusedStreak(), SedangRegime.PP94_TUKIN).band())
                .isEqualTo(SanctionBand.TEGURAN_LISAN);
    }

    // Counting starts at the later of 1 January and the first position start.
    @Test
    void countsFromTheFirstPositionStart() {
        AttendanceTotals t = AttendanceCalculator.totals(d("2025-01-20"), JAN_31, JANUARY, Map.of(), Set.of(), CoveredDays.EVERY_DAY, P);
        assertThat(t.workingDays()).isEqualTo(10);  // 20–24 and 27–31 January
        assertThat(t.unexcusedDays()).isEqualTo(10);
        assertThat(AttendanceCalculator.totals(d("2025-02-01"), JAN_31, JANUARY, Map.of(), Set.of(), CoveredDays.EVERY_DAY, P)).isEqualTo(AttendanceTotals.ZERO);
    }

    @Test
    void countsUntilTheGivenDay() {
        AttendanceTotals t = AttendanceCalculator.totals(JAN_1, d("2025-01-10"), JANUARY, presentExcept(d("2025-01-10")), Set.of(), CoveredDays.EVERY_DAY, P);
        assertThat(t.workingDays()).isEqualTo(7);
        assertThat(t.presentDays()).isEqualTo(6);
        assertThat(t.unexcusedDays()).isEqualTo(1);
    }

    // The "7.5 h late/early = 1 day" rule (PP 53/2010 Penjelasan Pasal 3 angka 11) is discipline's: attendance reports
    // the minutes and never turns them into unexcused days (interchange.md §3 unexcusedDays = days without a punch).
    // The conversion itself, with the regime switch, is tested row for row in discipline's AbsenceSanctionPolicyTests.
    @ParameterizedTest(name = "{0} late minutes, switch {1} -> {2} converted by discipline")
    @CsvSource({
            "449, false, 0",
            "450, false, 0",
            "449, true,  0",
            "450, true,  1",
            "899, true,  1",
            "900, true,  2",
    })
    void conversionSwitch(int lateMinutes, boolean on, int unexcused) {
        Map<LocalDate, DayPunches> punches = presentExcept();
        int left = lateMinutes;
        for (WorkingDay wd : JANUARY) {
            int m = Math.min(left, 200);
            left -= m;
            punches.put(wd.date(), new DayPunches(wd.date(), wd.start().plusMinutes(m), t("17:00:00"), 2));
        }
        AttendanceTotals t = AttendanceCalculator.totals(JAN_1, JAN_31, JANUARY, punches, Set.of(), CoveredDays.EVERY_DAY, P);
        assertThat(t.lateMinutes()).isEqualTo(lateMinutes);
        assertThat(t.unexcusedDays()).isZero();
        assertThat(on ? AbsenceSanctionPolicy.convertedDays(t.lateMinutes() + t.earlyLeaveMinutes()) : 0).isEqualTo(unexcused);
        assertThat(t.presentDays()).isEqualTo(22);
        assertThat(t.longestUnexcusedStreak()).isZero();
    }

    @Test
    void graceMinutesTolerateSmallLateness() {
        WorkingDay wd = new WorkingDay(d("2025-01-06"), t("07:30:00"), t("16:00:00"), 5);
        assertThat(AttendanceCalculator.lateMinutes(t("07:35:00"), wd)).isZero();
        assertThat(AttendanceCalculator.lateMinutes(t("07:36:00"), wd)).isEqualTo(6);
    }

    @Test
    void listsEveryCalendarDayWithItsStatus() {
        Map<LocalDate, DayPunches> punches = presentExcept(d("2025-01-06"), d("2025-01-07"));
        punches.put(d("2025-01-08"), new DayPunches(d("2025-01-08"), t("07:50:00"), t("16:00:00"), 2));
        punches.put(d("2025-01-11"), DayPunches.single(d("2025-01-11"), t("09:00:00")));
        List<DayResult> days = AttendanceCalculator.evaluate(JAN_1, JAN_31, JANUARY, punches, Set.of(d("2025-01-07")), CoveredDays.EVERY_DAY, P, true).days();
        assertThat(days).hasSize(31);
        assertThat(days.get(0).status()).isEqualTo(DayStatus.NON_WORKING);   // New Year
        assertThat(days.get(1).status()).isEqualTo(DayStatus.PRESENT);
        assertThat(days.get(5).status()).isEqualTo(DayStatus.UNEXCUSED);     // 6 January
        assertThat(days.get(6).status()).isEqualTo(DayStatus.EXCUSED);
        assertThat(days.get(7).status()).isEqualTo(DayStatus.LATE);
        assertThat(days.get(7).lateMinutes()).isEqualTo(20);
        assertThat(days.get(10).status()).isEqualTo(DayStatus.NON_WORKING);  // Saturday with a punch
        assertThat(days.get(30).date()).isEqualTo(JAN_31);
    }
}
