package id.merit.attendance.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Builds the working days of one OPD: every date whose applicable schedule has hours for its weekday, minus
 * holidays (national holidays and cuti bersama). Which schedule applies on a date, most specific first:
 * <ol>
 *   <li>date-ranged variants before open-ended ones (a Ramadan preset for all OPDs beats an OPD's permanent hours);</li>
 *   <li>then the OPD's own variant, then its nearest parent's, …, then one for all OPDs;</li>
 *   <li>then the later {@code validFrom}, then the later-created one.</li>
 * </ol>
 * Without any applicable variant, {@link WeekSchedule#DEFAULT}.
 */
public final class WorkingCalendar {

    private WorkingCalendar() {
    }

    /**
     * @param opdChain the OPD's id followed by its ancestors' ids, nearest first
     */
    public static List<WorkingDay> build(LocalDate from, LocalDate until, Set<LocalDate> holidays, List<ScheduleVariant> variants,
                                         List<Long> opdChain) {
        List<ScheduleVariant> relevant = variants.stream()
                .filter(v -> v.opdId() == null || opdChain.contains(v.opdId()))
                .sorted(specificity(opdChain))
                .toList();
        List<WorkingDay> days = new ArrayList<>();
        for (LocalDate d = from; !d.isAfter(until); d = d.plusDays(1)) {
            if (holidays.contains(d)) {
                continue;
            }
            WeekSchedule week = applicable(relevant, d);
            WeekSchedule.DayHours h = week.on(d.getDayOfWeek());
            if (h != null) {
                days.add(new WorkingDay(d, h.start(), h.end(), week.graceMinutes()));
            }
        }
        return days;
    }

    /** The schedule that applies on {@code date} to an OPD ({@code opdChain}: its id and its ancestors', nearest first). */
    public static WeekSchedule inForce(List<ScheduleVariant> variants, List<Long> opdChain, LocalDate date) {
        return applicable(variants.stream().filter(v -> v.opdId() == null || opdChain.contains(v.opdId())).sorted(specificity(opdChain))
                .toList(), date);
    }

    /** The schedule that applies on {@code date} (variants already sorted by specificity). */
    static WeekSchedule applicable(List<ScheduleVariant> sorted, LocalDate date) {
        for (ScheduleVariant v : sorted) {
            if (v.covers(date)) {
                return v.week();
            }
        }
        return WeekSchedule.DEFAULT;
    }

    private static Comparator<ScheduleVariant> specificity(List<Long> opdChain) {
        Comparator<ScheduleVariant> ranged = Comparator.comparing(v -> !v.ranged());
        Comparator<ScheduleVariant> nearness = Comparator.comparingInt(v -> v.opdId() == null ? Integer.MAX_VALUE : opdChain.indexOf(v.opdId()));
        Comparator<ScheduleVariant> newer = Comparator.comparing(ScheduleVariant::validFrom, Comparator.nullsLast(Comparator.reverseOrder()));
        return ranged.thenComparing(nearness).thenComparing(newer).thenComparing(Comparator.comparingLong(ScheduleVariant::id).reversed());
    }
}
