/**
 * Attendance: working calendar (holidays, working hours per OPD), fingerprint devices and punches, excused
 * absences, daily status, yearly totals and the sanction recommendation of PP 94/2021 (PP 53/2010 before
 * 31 August 2021). It also lends its holiday list to discipline's working-day deadlines ({@code HolidayCalendar}). Other modules (discipline) read it through {@link id.merit.attendance.AttendanceQueries}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "orgunit", "employee", "audit", "discipline"})
package id.merit.attendance;
