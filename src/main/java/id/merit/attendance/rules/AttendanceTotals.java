package id.merit.attendance.rules;

/**
 * Totals of a counted period. {@code unexcusedDays} includes {@code convertedDays}, the days made of accumulated
 * late/early minutes when that switch is on (0 otherwise), so workingDays = present + excused + unexcused − converted.
 */
public record AttendanceTotals(int workingDays, int presentDays, int excusedDays, int unexcusedDays,
                               int longestUnexcusedStreak, int lateMinutes, int earlyLeaveMinutes, int missingCheckInDays,
                               int missingCheckOutDays, int convertedDays) {

    public static final AttendanceTotals ZERO = new AttendanceTotals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
