package id.merit.attendance;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One day of an employee's attendance year: {@code checkIn}/{@code checkOut} are the first and last punch
 * (null when missing), {@code lateMinutes}/{@code earlyLeaveMinutes} as counted for that day. Days outside the
 * counted period (before the first position start, after {@code until}) are NON_WORKING with {@code counted} false.
 */
public record AttendanceDay(LocalDate date, DayStatus status, boolean counted, LocalTime checkIn, LocalTime checkOut,
                            int lateMinutes, int earlyLeaveMinutes) {
}
