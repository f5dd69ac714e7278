package id.merit.attendance;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What other modules (discipline, reporting) may ask about attendance: facts only (working days, unexcused days,
 * streaks, late/early minutes, excuses, holidays). What the law makes of them is discipline's business.
 */
public interface AttendanceQueries {

    /**
     * Scoped (ADMIN, OFFICER, REGENT: everyone; OPD_HEAD: their OPD and its sub-units; EMPLOYEE: themself): the
     * yearly totals of interchange.md §3. {@code until} null = the earlier of today and 31 December; it must lie in
     * {@code year} (IllegalArgumentException otherwise). NotFoundProblem for an unknown NIP, AccessDeniedProblem
     * outside the scope.
     */
    YearlyAttendance totals(String nip, int year, LocalDate until);

    /** Scoped like {@link #totals}: the totals plus every day of the year (heat map). */
    AttendanceYear year(String nip, int year, LocalDate until);

    /** Unscoped (internal computations): the totals of every employee for the year, computed in one batch. */
    List<YearlyAttendance> totalsForAll(int year, LocalDate until);

    /**
     * A number that changes whenever attendance figures may have changed (imports, excuse decisions, calendar and rule
     * edits, in any instance): computed totals cached under it stay valid while it does not move.
     */
    long dataVersion();

    /** The holidays (national holidays, cuti bersama) between {@code from} and {@code to}, both inclusive. */
    Set<LocalDate> holidays(LocalDate from, LocalDate to);

    /** Totals with every calendar day of the year (for the heat map). */
    record AttendanceYear(YearlyAttendance totals, List<AttendanceDay> days) {
    }
}
