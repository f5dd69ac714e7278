package id.merit.discipline;

import java.time.LocalDate;
import java.util.Set;

/**
 * The holidays (national holidays and cuti bersama) the working-day limits of the discipline procedure skip. The
 * holiday list is owned elsewhere (the {@code holidays} import of attendance); discipline does not depend on that
 * module, so an adapter bean implementing this interface is wired in by whoever may depend on both. Without one,
 * only weekends are skipped.
 */
@FunctionalInterface
public interface HolidayCalendar {

    /** Holidays between {@code from} and {@code to}, both inclusive. */
    Set<LocalDate> holidays(LocalDate from, LocalDate to);
}
