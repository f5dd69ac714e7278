package id.merit.attendance.rules;

import java.time.LocalDate;
import java.util.Set;

/**
 * The days on which the attendance data could show an absence of one employee (rules-defaults.md "No data is not
 * absence"): at least one punch that day from a device the employee is mapped to or from anyone in the employee's own
 * OPD unit, and no outage recorded by BKPSDM for that device or unit. A working day that is not covered, without a
 * punch and without an absence, is a no-data day: it is neither present, excused nor unexcused.
 */
@FunctionalInterface
public interface CoveredDays {

    /** Every day covered (data known to be complete). */
    CoveredDays EVERY_DAY = date -> true;

    /** No day covered (no attendance data at all). */
    CoveredDays NONE = date -> false;

    boolean covers(LocalDate date);

    static CoveredDays of(Set<LocalDate> dates) {
        Set<LocalDate> copy = Set.copyOf(dates);
        return copy::contains;
    }
}
