package id.merit.attendance.rules;

import id.merit.attendance.DayStatus;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Daily status and period totals exactly as rules-defaults.md "Working time and attendance" states them:
 * <ul>
 *   <li>Only working days count (Monday–Friday minus holidays, or what the OPD's schedule says); punches on other
 *       days are kept but count for nothing.</li>
 *   <li>First punch of the day = check-in, last = check-out. A single punch before the cut-off (12:00) is a check-in
 *       with a missing check-out (late minutes count, no early-leave minutes); at or after it, a check-out with a
 *       missing check-in (early-leave minutes count, no late minutes).</li>
 *   <li>Late minutes = check-in after start, early-leave minutes = check-out before end, both read as the device
 *       clock shows them (HH:MM, seconds dropped). Lateness within the grace minutes counts 0; beyond it, every
 *       minute after start counts.</li>
 *   <li>A working day without any punch is excused when an absence covers it, otherwise unexcused when the day is
 *       {@link CoveredDays covered} by attendance data, otherwise no-data (never an absence, never a sanction):
 *       present + excused + unexcused + no-data = working days.</li>
 *   <li>{@code longestUnexcusedStreak} counts consecutive working days; non-working days between do not break it,
 *       a present, excused or no-data day does (no proof of absence, no streak).</li>
 *   <li>Late/early minutes are reported as minutes; turning them into days (PP 53/2010 Penjelasan Pasal 3 angka 11) is
 *       discipline's rule, applied to the count its recommendation reads.</li>
 * </ul>
 * Pure: no clock, no database; the caller supplies the counted period, the calendar, the punches, the excuses and the
 * covered days.
 */
public final class AttendanceCalculator {

    private AttendanceCalculator() {
    }

    /** The outcome of one calendar day in the counted period. */
    public record DayResult(LocalDate date, DayStatus status, LocalTime checkIn, LocalTime checkOut, int lateMinutes,
                            int earlyLeaveMinutes) {
    }

    /** Totals plus, when asked for, one {@link DayResult} per calendar day from {@code from} to {@code until}. */
    public record Result(AttendanceTotals totals, List<DayResult> days) {
    }

    /** Totals of the period [{@code from}, {@code until}]; empty period (from after until) gives zeros. */
    public static AttendanceTotals totals(LocalDate from, LocalDate until, List<WorkingDay> calendar,
                                          Map<LocalDate, DayPunches> punches, Set<LocalDate> excused, CoveredDays covered,
                                          AttendanceParameters p) {
        return evaluate(from, until, calendar, punches, excused, covered, p, false).totals();
    }

    /**
     * @param calendar the working days (any range, ascending by date); those outside the period are ignored
     * @param punches  punches per date (any date; non-working ones are ignored)
     * @param excused  dates covered by an excused absence
     * @param covered  the days the attendance data cover for this employee
     * @param withDays whether to list every calendar day of the period
     */
    public static Result evaluate(LocalDate from, LocalDate until, List<WorkingDay> calendar, Map<LocalDate, DayPunches> punches,
                                  Set<LocalDate> excused, CoveredDays covered, AttendanceParameters p, boolean withDays) {
        List<DayResult> days = withDays ? new ArrayList<>() : null;
        if (from.isAfter(until)) {
            return new Result(AttendanceTotals.ZERO, withDays ? List.of() : null);
        }
        int working = 0;
        int present = 0;
        int excusedDays = 0;
        int unexcused = 0;
        int noData = 0;
        int streak = 0;
        int longest = 0;
        int late = 0;
        int early = 0;
        int missingIn = 0;
        int missingOut = 0;
        LocalDate cursor = from;
        for (WorkingDay wd : calendar) {
            LocalDate date = wd.date();
            if (date.isBefore(from)) {
                continue;
            }
            if (date.isAfter(until)) {
                break;
            }
            if (withDays) {
                cursor = nonWorkingUntil(cursor, date, days);
                cursor = date.plusDays(1);
            }
            working++;
            DayPunches dp = punches.get(date);
            if (dp != null) {
                present++;
                streak = 0;
                LocalTime in;
                LocalTime out;
                if (dp.count() == 1) {
                    boolean morning = dp.first().isBefore(p.singlePunchCutoff());
                    in = morning ? dp.first() : null;
                    out = morning ? null : dp.first();
                    if (morning) {
                        missingOut++;
                    } else {
                        missingIn++;
                    }
                } else {
                    in = dp.first();
                    out = dp.last();
                }
                int l = in == null ? 0 : lateMinutes(in, wd);
                int e = out == null ? 0 : earlyMinutes(out, wd);
                late += l;
                early += e;
                if (withDays) {
                    days.add(new DayResult(date, l > 0 || e > 0 ? DayStatus.LATE : DayStatus.PRESENT, in, out, l, e));
                }
            } else if (excused.contains(date)) {
                excusedDays++;
                streak = 0;
                if (withDays) {
                    days.add(new DayResult(date, DayStatus.EXCUSED, null, null, 0, 0));
                }
            } else if (covered.covers(date)) {
                unexcused++;
                streak++;
                longest = Math.max(longest, streak);
                if (withDays) {
                    days.add(new DayResult(date, DayStatus.UNEXCUSED, null, null, 0, 0));
                }
            } else {
                noData++;
                streak = 0;
                if (withDays) {
                    days.add(new DayResult(date, DayStatus.NO_DATA, null, null, 0, 0));
                }
            }
        }
        if (withDays) {
            nonWorkingUntil(cursor, until.plusDays(1), days);
        }
        AttendanceTotals totals = new AttendanceTotals(working, present, excusedDays, unexcused, noData, longest, late, early,
                missingIn, missingOut);
        return new Result(totals, days);
    }

    /** Minutes after start (clock minutes); 0 within the grace period. */
    static int lateMinutes(LocalTime checkIn, WorkingDay wd) {
        long minutes = ChronoUnit.MINUTES.between(wd.start(), checkIn.truncatedTo(ChronoUnit.MINUTES));
        return minutes > wd.graceMinutes() ? (int) minutes : 0;
    }

    /** Minutes before end (clock minutes). */
    static int earlyMinutes(LocalTime checkOut, WorkingDay wd) {
        long minutes = ChronoUnit.MINUTES.between(checkOut.truncatedTo(ChronoUnit.MINUTES), wd.end());
        return minutes > 0 ? (int) minutes : 0;
    }

    private static LocalDate nonWorkingUntil(LocalDate cursor, LocalDate exclusiveEnd, List<DayResult> days) {
        LocalDate d = cursor;
        while (d.isBefore(exclusiveEnd)) {
            days.add(new DayResult(d, DayStatus.NON_WORKING, null, null, 0, 0));
            d = d.plusDays(1);
        }
        return d;
    }
}
