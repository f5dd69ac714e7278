package id.merit.discipline;

import java.time.LocalDate;
import java.util.Set;

/**
 * The holidays (national holidays and cuti bersama) the working-day limits of the discipline procedure skip. The
 * holiday list is attendance's ({@code holidays} import); discipline reads it through {@code AttendanceQueries}. A
 * required bean: a deadline is never computed without the holidays.
 */
@FunctionalInterface
public interface HolidayCalendar {

    /** Holidays between {@code from} and {@code to}, both inclusive. */
    Set<LocalDate> holidays(LocalDate from, LocalDate to);
}
