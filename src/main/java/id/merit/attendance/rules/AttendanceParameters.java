package id.merit.attendance.rules;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The changeable numbers of rules-defaults.md "Working time and attendance" as one versioned rule set: in force
 * from {@code effectiveFrom}, implementing {@code regulation}. Working hours and grace minutes live with the
 * working-hours schedules (per OPD, date-ranged). Turning late/early minutes into days of absence is a rule of
 * discipline law (PP 53/2010 Penjelasan Pasal 3 angka 11), so the discipline module applies it, not this one.
 *
 * @param ruleSet            name shown next to every figure it produced
 * @param singlePunchCutoff  a lone punch before this time is a check-in, at or after it a check-out (12:00)
 */
public record AttendanceParameters(String ruleSet, LocalDate effectiveFrom, String regulation, LocalTime singlePunchCutoff) {

    /** The defaults Merit ships with (rules-defaults.md). */
    public static final AttendanceParameters DEFAULTS = new AttendanceParameters("DEFAULT", LocalDate.of(2000, 1, 1),
            "PP 94/2021; Perpres 21/2023", LocalTime.NOON);
}
