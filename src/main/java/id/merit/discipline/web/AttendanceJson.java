package id.merit.discipline.web;

import id.merit.attendance.YearlyAttendance;
import id.merit.discipline.RecommendedAttendance;
import id.merit.discipline.SanctionBand;
import id.merit.discipline.SanctionLevel;
import java.time.LocalDate;

/**
 * The JSON of interchange.md §3 "Attendance and discipline", field for field and in that order: attendance's facts,
 * then discipline's recommendation. {@code unexcusedDays} is always the count of days without a punch; days converted
 * from late/early minutes only enter the count the recommendation read, as its {@code basis} says.
 */
record AttendanceJson(String nip, int year, LocalDate from, LocalDate until, int workingDays, int presentDays, int excusedDays,
                      int unexcusedDays, int noDataDays, int longestUnexcusedStreak, int lateMinutes, int earlyLeaveMinutes, int missingCheckInDays,
                      int missingCheckOutDays, RecommendationJson recommendation) {

    record RecommendationJson(SanctionBand band, SanctionLevel level, String basis) {
    }

    static AttendanceJson of(RecommendedAttendance r) {
        YearlyAttendance t = r.totals();
        return new AttendanceJson(t.nip(), t.year(), t.from(), t.until(), t.workingDays(), t.presentDays(), t.excusedDays(),
                t.unexcusedDays(), t.noDataDays(), t.longestUnexcusedStreak(), t.lateMinutes(), t.earlyLeaveMinutes(), t.missingCheckInDays(),
                t.missingCheckOutDays(), new RecommendationJson(r.recommendation().band(), r.recommendation().level(),
                r.recommendation().basis()));
    }
}
