package id.merit.attendance.rules;

import java.time.LocalDate;
import java.time.LocalTime;

/** A working day of the calendar with its hours; {@code graceMinutes} of lateness are tolerated (default 0). */
public record WorkingDay(LocalDate date, LocalTime start, LocalTime end, int graceMinutes) {

    public WorkingDay {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end must be after start on " + date);
        }
        if (graceMinutes < 0) {
            throw new IllegalArgumentException("grace must not be negative");
        }
    }
}
