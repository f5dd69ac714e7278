package id.merit.attendance.rules;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The changeable numbers of rules-defaults.md "Working time and attendance" as one versioned rule set: in force
 * from {@code effectiveFrom}, implementing {@code regulation}. Working hours and grace minutes live with the
 * working-hours schedules (per OPD, date-ranged); which kinds a sedang punishment takes is discipline's setting
 * ({@code id.merit.discipline.DisciplineSettings}), shared by recommendations and decisions.
 *
 * @param ruleSet            name shown next to every figure it produced
 * @param convertLateness    the unverified "7.5 h late/early = 1 day" rule (off by default)
 * @param minutesPerDay      the minutes that make one unexcused day when {@code convertLateness} is on (450)
 * @param singlePunchCutoff  a lone punch before this time is a check-in, at or after it a check-out (12:00)
 */
public record AttendanceParameters(String ruleSet, LocalDate effectiveFrom, String regulation, boolean convertLateness,
                                   int minutesPerDay, LocalTime singlePunchCutoff) {

    /** The defaults Merit ships with (rules-defaults.md). */
    public static final AttendanceParameters DEFAULTS = new AttendanceParameters("DEFAULT", LocalDate.of(2000, 1, 1),
            "PP 94/2021; Perpres 21/2023", false, 450, LocalTime.NOON);

    public AttendanceParameters {
        if (minutesPerDay <= 0) {
            throw new IllegalArgumentException("minutesPerDay must be positive");
        }
    }

    public AttendanceParameters withConvertLateness(boolean on) {
        return new AttendanceParameters(ruleSet, effectiveFrom, regulation, on, minutesPerDay, singlePunchCutoff);
    }
}
