/**
 * Attendance: working calendar (holidays, working hours per OPD), fingerprint devices and punches, excused
 * absences, daily status and yearly totals. It reports facts only (working days, unexcused days, streaks,
 * late/early minutes, excuses, holidays) through {@link id.merit.attendance.AttendanceQueries}; what discipline law
 * makes of them (the PP 94/2021 and PP 53/2010 tables, the recommendation, the relief list) is the discipline
 * module's, which depends on this one and never the other way round.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "dataimport", "orgunit", "employee", "audit"})
package id.merit.attendance;
