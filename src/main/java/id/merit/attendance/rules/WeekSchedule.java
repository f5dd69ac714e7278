package id.merit.attendance.rules;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Working hours per weekday (a day without hours is not a working day) and the grace minutes for lateness.
 * {@link #DEFAULT} is the schedule of rules-defaults.md / Perpres 21/2023 practice: Monday–Thursday 07:30–16:00,
 * Friday 07:30–16:30, grace 0. {@link #RAMADAN} is the Ramadan preset (start 08:00, 32 h 30 min a week):
 * Monday–Thursday 08:00–15:00, Friday 08:00–15:30.
 */
public record WeekSchedule(Map<DayOfWeek, DayHours> hours, int graceMinutes) {

    /** Start and end of one weekday. */
    public record DayHours(LocalTime start, LocalTime end) {
        public DayHours {
            if (!end.isAfter(start)) {
                throw new IllegalArgumentException("end must be after start");
            }
        }
    }

    public static final WeekSchedule DEFAULT = fiveDays(LocalTime.of(7, 30), LocalTime.of(16, 0), LocalTime.of(16, 30));
    public static final WeekSchedule RAMADAN = fiveDays(LocalTime.of(8, 0), LocalTime.of(15, 0), LocalTime.of(15, 30));

    public WeekSchedule {
        EnumMap<DayOfWeek, DayHours> copy = new EnumMap<>(DayOfWeek.class);
        copy.putAll(hours);
        hours = Collections.unmodifiableMap(copy);
        if (graceMinutes < 0) {
            throw new IllegalArgumentException("grace must not be negative");
        }
    }

    /** Monday–Thursday start–end, Friday start–fridayEnd, weekend off, grace 0. */
    public static WeekSchedule fiveDays(LocalTime start, LocalTime end, LocalTime fridayEnd) {
        Map<DayOfWeek, DayHours> h = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek d : new DayOfWeek[] {DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY}) {
            h.put(d, new DayHours(start, end));
        }
        h.put(DayOfWeek.FRIDAY, new DayHours(start, fridayEnd));
        return new WeekSchedule(h, 0);
    }

    public DayHours on(DayOfWeek day) {
        return hours.get(day);
    }
}
