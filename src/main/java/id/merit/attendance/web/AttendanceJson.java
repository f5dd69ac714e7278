package id.merit.attendance.web;

import id.merit.attendance.SanctionBand;
import id.merit.attendance.SanctionLevel;
import id.merit.attendance.YearlyAttendance;
import java.time.LocalDate;

/** The JSON of interchange.md §3 "Attendance and discipline", field for field and in that order. */
record AttendanceJson(String nip, int year, LocalDate from, LocalDate until, int workingDays, int presentDays, int excusedDays,
                      int unexcusedDays, int noDataDays, int longestUnexcusedStreak, int lateMinutes, int earlyLeaveMinutes, int missingCheckInDays,
                      int missingCheckOutDays, RecommendationJson recommendation) {

    record RecommendationJson(SanctionBand band, SanctionLevel level, String basis) {
    }

    static AttendanceJson of(YearlyAttendance t) {
        return new AttendanceJson(t.nip(), t.year(), t.from(), t.until(), t.workingDays(), t.presentDays(), t.excusedDays(),
                t.unexcusedDays(), t.noDataDays(), t.longestUnexcusedStreak(), t.lateMinutes(), t.earlyLeaveMinutes(), t.missingCheckInDays(),
                t.missingCheckOutDays(), new RecommendationJson(t.recommendation().band(), t.recommendation().level(),
                t.recommendation().basis()));
    }
}
