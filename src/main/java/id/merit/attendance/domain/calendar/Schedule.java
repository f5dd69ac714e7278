package id.merit.attendance.domain.calendar;

import id.merit.attendance.rules.ScheduleVariant;
import id.merit.attendance.rules.WeekSchedule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A stored working-hours schedule: for all OPDs ({@code opdId} null) or one OPD and its sub-units, optionally
 * date-ranged. Read and written with plain JDBC: Hibernate shifts TIME columns by {@code hibernate.jdbc.time_zone}
 * when the JVM runs in another zone, and working hours must stay exactly as entered.
 */
public record Schedule(long id, String name, Long opdId, LocalDate validFrom, LocalDate validTo,
                       Map<DayOfWeek, WeekSchedule.DayHours> hours, int graceMinutes, String updatedBy, OffsetDateTime updatedAt) {

    ScheduleVariant variant() {
        return new ScheduleVariant(id, opdId, validFrom, validTo, new WeekSchedule(hours, graceMinutes));
    }

    /** The column prefixes of the weekdays, Monday first. */
    static final String[] DAY_COLUMNS = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
}
