package id.merit.attendance.rules;

import java.time.LocalDate;
import java.time.LocalTime;

/** The punches of one employee on one date, reduced to the first, the last and how many there were. */
public record DayPunches(LocalDate date, LocalTime first, LocalTime last, int count) {

    public DayPunches {
        if (count < 1 || last.isBefore(first)) {
            throw new IllegalArgumentException("bad punches on " + date);
        }
    }

    public static DayPunches single(LocalDate date, LocalTime at) {
        return new DayPunches(date, at, at, 1);
    }
}
