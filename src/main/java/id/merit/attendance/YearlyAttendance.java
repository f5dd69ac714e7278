package id.merit.attendance;

import id.merit.employee.EmployeeType;
import id.merit.employee.PositionKind;
import java.time.LocalDate;

/**
 * Yearly attendance facts of one employee, counted from {@code from} (1 January or the first position start,
 * whichever is later) to {@code until}. {@code ruleSet} names the rule set (rules-defaults.md "configurable" numbers)
 * that produced the figures; {@code noDataDays} are the working days no attendance data cover (neither present, excused
 * nor unexcused). The figures of interchange.md §3 are {@code nip} … {@code missingCheckOutDays} (the
 * {@code recommendation} is discipline's reading of them); {@code employeeId}, {@code name}, {@code employeeType},
 * {@code opdId} and {@code positionKind} are there for lists and for the rules that depend on who the employee is.
 */
public record YearlyAttendance(String nip, int year, LocalDate from, LocalDate until, int workingDays, int presentDays,
                               int excusedDays, int unexcusedDays, int noDataDays, int longestUnexcusedStreak, int lateMinutes,
                               int earlyLeaveMinutes, int missingCheckInDays, int missingCheckOutDays,
                               String ruleSet, long employeeId, String name,
                               EmployeeType employeeType, long opdId, PositionKind positionKind) {

    /**
     * No working day of the period is covered by attendance data (rules-defaults.md "No data is not absence"): the
     * recommendation is NONE and pages say there are no attendance data instead of recommending anything.
     */
    public boolean noAttendanceData() {
        return noDataDays == workingDays;
    }
}
