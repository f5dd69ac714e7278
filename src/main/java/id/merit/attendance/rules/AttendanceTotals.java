package id.merit.attendance.rules;

/**
 * Totals of a counted period: facts only ({@code unexcusedDays} are covered working days without a punch or an
 * excuse; late/early minutes are never turned into days here). {@code noDataDays} are the working days without a punch
 * or an absence that no attendance data cover (rules-defaults.md "No data is not absence"), so
 * workingDays = present + excused + unexcused + noData.
 */
public record AttendanceTotals(int workingDays, int presentDays, int excusedDays, int unexcusedDays, int noDataDays,
                               int longestUnexcusedStreak, int lateMinutes, int earlyLeaveMinutes, int missingCheckInDays,
                               int missingCheckOutDays) {

    /** Whether no working day of the period is covered by attendance data (nothing can be recommended from it). */
    public boolean noAttendanceData() {
        return noDataDays == workingDays;
    }

    public static final AttendanceTotals ZERO = new AttendanceTotals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
}
