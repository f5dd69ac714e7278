package id.merit.attendance;

import id.merit.employee.EmployeeType;
import id.merit.employee.PositionKind;
import java.time.LocalDate;

/**
 * Yearly attendance totals of one employee, counted from {@code from} (1 January or the first position start,
 * whichever is later) to {@code until}, with the sanction recommendation. {@code ruleSet} names the rule set
 * (rules-defaults.md "configurable" numbers) that produced the figures. The figures of interchange.md §3 are
 * {@code nip} … {@code recommendation}; {@code employeeId}, {@code name}, {@code employeeType}, {@code opdId} and
 * {@code positionKind} are there for lists.
 */
public record YearlyAttendance(String nip, int year, LocalDate from, LocalDate until, int workingDays, int presentDays,
                               int excusedDays, int unexcusedDays, int longestUnexcusedStreak, int lateMinutes,
                               int earlyLeaveMinutes, int missingCheckInDays, int missingCheckOutDays,
                               Recommendation recommendation, String ruleSet, long employeeId, String name,
                               EmployeeType employeeType, long opdId, PositionKind positionKind) {

    /** Officials (JPT Pratama, Administrator, Pengawas): relieved without waiting when absence is severe (seed 000/001). */
    public boolean official() {
        return positionKind == PositionKind.JPT_PRATAMA || positionKind == PositionKind.ADMINISTRATOR
                || positionKind == PositionKind.PENGAWAS;
    }

    /** Absence calls for relief from duty: a BERAT band or 10+ consecutive unexcused working days. */
    public boolean callsForRelief() {
        return recommendation.level() == SanctionLevel.BERAT || longestUnexcusedStreak >= 10;
    }
}
