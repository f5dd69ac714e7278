package id.merit.attendance.rules;

import java.time.LocalDate;

/**
 * A stored working-hours schedule: for one OPD (and its sub-units) or, with {@code opdId} null, for all OPDs;
 * valid from/to (inclusive, null = open). Date-ranged variants (e.g. Ramadan) are temporary exceptions.
 */
public record ScheduleVariant(long id, Long opdId, LocalDate validFrom, LocalDate validTo, WeekSchedule week) {

    public boolean covers(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }

    public boolean ranged() {
        return validFrom != null || validTo != null;
    }
}
