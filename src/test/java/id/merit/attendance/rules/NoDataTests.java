package id.merit.attendance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.attendance.DayStatus;
import id.merit.attendance.rules.AttendanceCalculator.DayResult;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * rules-defaults.md "Working time and attendance", "No data is not absence": a working day is covered for an employee
 * when there is at least one punch that day from a device the employee is mapped to or from anyone in the employee's
 * own OPD unit (not its parent or sub-units), and no outage recorded by BKPSDM (a device or an OPD unit) covers it. An
 * uncovered working day without punch or absence is no-data: neither present, excused nor unexcused, it breaks a
 * streak and never feeds a sanction; present + excused + unexcused + noData = working days.
 */
class NoDataTests {

    private static final AttendanceParameters P = AttendanceParameters.DEFAULTS;
    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
    private static final LocalDate JAN_31 = LocalDate.of(2025, 1, 31);
    /** January 2025, New Year a holiday: 22 working days. */
    private static final List<WorkingDay> JANUARY = WorkingCalendar.build(JAN_1, JAN_31, Set.of(JAN_1), List.of(), List.of(1L));
    /** The employee works in OPD unit 10 (a sub-unit of 1) and is mapped to device "DEV-A". */
    private static final long OWN_UNIT = 10;
    private static final List<String> OWN_DEVICES = List.of("DEV-A");

    private static int index(LocalDate d) {
        return (int) (d.toEpochDay() - JAN_1.toEpochDay());
    }

    /**
     * One row per situation of one day. {@code punch}: who punched that day (NONE, SELF = the employee, DEVICE = someone
     * on the employee's device, UNIT = someone in the employee's own unit, OTHER_DEVICE, PARENT_UNIT, SUB_UNIT);
     * {@code outage}: NONE, DEVICE (the employee's device), UNIT (own unit), OTHER_DEVICE, OTHER_UNIT.
     */
    @ParameterizedTest(name = "{0}: punch {1}, outage {2}, excused {3} -> {4}")
    @CsvSource({
            // date,      punch,        outage,       excused, status
            "2025-01-07, NONE,         NONE,         false,   NO_DATA",     // nobody punched anywhere: no data, not absence
            "2025-01-07, DEVICE,       NONE,         false,   UNEXCUSED",   // covered by the employee's own device
            "2025-01-07, UNIT,         NONE,         false,   UNEXCUSED",   // covered by a colleague of the own OPD unit
            "2025-01-07, OTHER_DEVICE, NONE,         false,   NO_DATA",     // a device the employee is not mapped to
            "2025-01-07, PARENT_UNIT,  NONE,         false,   NO_DATA",     // the parent unit does not cover
            "2025-01-07, SUB_UNIT,     NONE,         false,   NO_DATA",     // nor a sub-unit
            "2025-01-07, DEVICE,       DEVICE,       false,   NO_DATA",     // outage of the employee's device
            "2025-01-07, UNIT,         UNIT,         false,   NO_DATA",     // outage of the own unit
            "2025-01-07, DEVICE,       UNIT,         false,   NO_DATA",     // an outage of the unit beats a device punch
            "2025-01-07, UNIT,         OTHER_DEVICE, false,   UNEXCUSED",   // another device's outage changes nothing
            "2025-01-07, UNIT,         OTHER_UNIT,   false,   UNEXCUSED",   // nor another unit's
            "2025-01-07, NONE,         NONE,         true,    EXCUSED",     // an absence excuses, covered or not
            "2025-01-07, UNIT,         NONE,         true,    EXCUSED",
            "2025-01-07, SELF,         NONE,         false,   PRESENT",     // the employee's own punch: present
            "2025-01-07, SELF,         UNIT,         false,   PRESENT",     // present even within an outage
            "2025-01-04, UNIT,         NONE,         false,   NON_WORKING", // Saturday: nothing counts
            "2025-01-04, NONE,         NONE,         false,   NON_WORKING",
            "2025-01-01, UNIT,         NONE,         false,   NON_WORKING", // New Year holiday
    })
    void statusOfOneDay(LocalDate date, String punch, String outage, boolean excused, DayStatus expected) {
        Coverage coverage = new Coverage(JAN_1, 31);
        Map<LocalDate, DayPunches> own = new HashMap<>();
        switch (punch) {
            case "SELF" -> {
                own.put(date, DayPunches.single(date, LocalTime.of(7, 15)));
                coverage.unitPunch(OWN_UNIT, index(date));
                coverage.devicePunch("DEV-A", index(date));
            }
            case "DEVICE" -> coverage.devicePunch("DEV-A", index(date));
            case "UNIT" -> coverage.unitPunch(OWN_UNIT, index(date));
            case "OTHER_DEVICE" -> coverage.devicePunch("DEV-B", index(date));
            case "PARENT_UNIT" -> coverage.unitPunch(1, index(date));
            case "SUB_UNIT" -> coverage.unitPunch(11, index(date));
            case "NONE" -> { }
            default -> throw new IllegalArgumentException(punch);
        }
        switch (outage) {
            case "DEVICE" -> coverage.outage("DEV-A", null, date, date);
            case "UNIT" -> coverage.outage(null, OWN_UNIT, date.minusDays(2), date);
            case "OTHER_DEVICE" -> coverage.outage("DEV-B", null, date, date);
            case "OTHER_UNIT" -> coverage.outage(null, 11L, date, date);
            case "NONE" -> { }
            default -> throw new IllegalArgumentException(outage);
        }
        AttendanceCalculator.Result r = AttendanceCalculator.evaluate(JAN_1, JAN_31, JANUARY, own, excused ? Set.of(date) : Set.of(),
                coverage.of(OWN_UNIT, OWN_DEVICES), P, true);
        DayResult day = r.days().stream().filter(x -> x.date().equals(date)).findFirst().orElseThrow();
        assertThat(day.status()).isEqualTo(expected);
        AttendanceTotals t = r.totals();
        assertThat(t.presentDays() + t.excusedDays() + t.unexcusedDays() + t.noDataDays()).isEqualTo(t.workingDays()).isEqualTo(22);
        assertThat(t.unexcusedDays()).isEqualTo(expected == DayStatus.UNEXCUSED ? 1 : 0);
        assertThat(t.longestUnexcusedStreak()).isEqualTo(expected == DayStatus.UNEXCUSED ? 1 : 0);
    }

    // A no-data day breaks a streak (no proof of absence, no streak); weekends between do not. The employee's own unit
    // punched on every working day from Mon 6 to Wed 22 January (13 working days) except on the no-data day; the
    // employee never did. 10 consecutive working days is the PP 94/2021 dismissal threshold (regulations.md, summary item 6).
    @ParameterizedTest(name = "no data on {0} -> longest streak {1}, unexcused {2}")
    @CsvSource({
            "'',         13, 13", // all covered: 13 in a row across two weekends
            "2025-01-11, 13, 13", // a Saturday without data changes nothing
            "2025-01-13, 7,  12", // Mon 13 without data: 6–10 (5) and 14–22 (7)
            "2025-01-08, 10, 12", // Wed 8 without data: 6–7 (2) and 9–22 (10)
            "2025-01-09, 9,  12", // Thu 9 without data: 6–8 (3) and 10–22 (9): below the threshold
    })
    void noDataBreaksAStreak(String noData, int longest, int unexcused) {
        Coverage coverage = new Coverage(JAN_1, 31);
        for (LocalDate d = LocalDate.of(2025, 1, 6); !d.isAfter(LocalDate.of(2025, 1, 22)); d = d.plusDays(1)) {
            if (!d.toString().equals(noData)) {
                coverage.unitPunch(OWN_UNIT, index(d));
            }
        }
        AttendanceTotals t = AttendanceCalculator.totals(JAN_1, JAN_31, JANUARY, Map.of(), Set.of(), coverage.of(OWN_UNIT, OWN_DEVICES), P);
        assertThat(t.longestUnexcusedStreak()).isEqualTo(longest);
        assertThat(t.unexcusedDays()).isEqualTo(unexcused);
        assertThat(t.noDataDays()).isEqualTo(22 - unexcused);
    }

    @Test
    void aPeriodWithoutAnyCoveredDayHasNoAttendanceData() {
        AttendanceTotals none = AttendanceCalculator.totals(JAN_1, JAN_31, JANUARY, Map.of(), Set.of(), CoveredDays.NONE, P);
        assertThat(none).isEqualTo(new AttendanceTotals(22, 0, 0, 0, 22, 0, 0, 0, 0, 0));
        assertThat(none.noAttendanceData()).isTrue();
        Coverage oneDay = new Coverage(JAN_1, 31);
        oneDay.devicePunch("DEV-A", index(LocalDate.of(2025, 1, 31)));
        AttendanceTotals one = AttendanceCalculator.totals(JAN_1, JAN_31, JANUARY, Map.of(), Set.of(), oneDay.of(OWN_UNIT, OWN_DEVICES), P);
        assertThat(one.unexcusedDays()).isEqualTo(1);
        assertThat(one.noDataDays()).isEqualTo(21);
        assertThat(one.noAttendanceData()).isFalse();
    }
}
