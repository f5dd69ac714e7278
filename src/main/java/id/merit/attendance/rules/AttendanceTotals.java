package id.merit.attendance.rules;

/**
 * Totals of a counted period: facts only ({@code unexcusedDays} are working days without a punch or an excuse;
 * late/early minutes are never turned into days here), so workingDays = present + excused + unexcused.
 */
public record AttendanceTotals(int workingDays, int presentDays, int excusedDays, int unexcusedDays,
                               int longestUnexcusedStreak, int lateMinutes, int earlyLeaveMinutes, int missingCheckInDays,
                               int missingCheckOutDays) {

    public static final AttendanceTotals ZERO = new AttendanceTotals(0, 0, 0, 0, 0, 0, 0, 0, 0);
}
