package id.merit.attendance.domain.totals;

import id.merit.attendance.domain.calendar.CalendarService;
import id.merit.attendance.rules.AttendanceCalculator;
import id.merit.attendance.rules.AttendanceTotals;
import id.merit.attendance.rules.ScheduleVariant;
import id.merit.attendance.rules.WeekSchedule;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeRef;
import id.merit.orgunit.OpdQueries;
import id.merit.shared.NotFoundProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 13 item 2 for attendance: what a proposed working-hours schedule (hours per weekday, grace minutes) would change
 * before it is saved. The year's figures of the staff it applies to (its OPD and sub-units, or everyone) are computed
 * twice from one read of the data, under the stored schedules and under them plus the proposed one, with the same
 * calculator the pages use; an employee "moves" when any of working days, unexcused days, no-data days, late minutes or
 * early-leave minutes differs. Nothing is stored.
 */
@Service
@Transactional(readOnly = true)
public class SchedulePreviewService {

    /** The figures compared. */
    public record Figures(int workingDays, int unexcusedDays, int noDataDays, int lateMinutes, int earlyLeaveMinutes) {

        static Figures of(AttendanceTotals t) {
            return new Figures(t.workingDays(), t.unexcusedDays(), t.noDataDays(), t.lateMinutes(), t.earlyLeaveMinutes());
        }
    }

    /** How many employees' figure goes up and down ({@code figure}: a {@link Figures} component name). */
    public record FigureCount(String figure, long up, long down) {
    }

    /** One employee who moves (the short list). */
    public record Mover(String nip, String name, Figures from, Figures to) {
    }

    /**
     * The preview of {@code year} counted to {@code until}: the week in force on {@code on} for the schedule's OPD against
     * the proposed one, the {@code measured} staff it applies to, how many {@code moved}, per figure up and down, and the
     * first {@link #LIST} movers by NIP.
     */
    public record Preview(int year, LocalDate until, LocalDate on, WeekSchedule inForce, WeekSchedule proposed, long measured, long moved,
                          List<FigureCount> figures, List<Mover> movers) {
    }

    static final int LIST = 20;
    private final CalendarService calendar;
    private final TotalsEngine engine;
    private final EmployeeDirectory directory;
    private final OpdQueries opds;
    private final Clock clock;

    SchedulePreviewService(CalendarService calendar, TotalsEngine engine, EmployeeDirectory directory, OpdQueries opds, Clock clock) {
        this.calendar = calendar;
        this.engine = engine;
        this.directory = directory;
        this.opds = opds;
        this.clock = clock;
    }

    /**
     * The year of {@code validFrom} (the current year without one or for a later year), counted to the earlier of today
     * and 31 December. BusinessProblem for a schedule the calendar would refuse.
     */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public Preview preview(CalendarService.ScheduleData d) {
        ScheduleVariant proposed = calendar.draft(d);
        LocalDate today = LocalDate.now(clock);
        int year = d.validFrom() != null && d.validFrom().getYear() < today.getYear() ? d.validFrom().getYear() : today.getYear();
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        LocalDate dec31 = LocalDate.of(year, 12, 31);
        LocalDate until = today.isBefore(dec31) ? today : dec31;
        LocalDate on = d.validFrom() != null ? d.validFrom() : today;
        WeekSchedule inForce = calendar.inForce(proposed.opdId(), on);

        boolean all = proposed.opdId() == null;
        List<EmployeeRef> staff;
        Map<Long, LocalDate> firstStarts;
        if (all) {
            staff = directory.allRefs();
            firstStarts = directory.firstPositionStarts();
        } else {
            Set<Long> unit = opds.subtreeIds(d.opdCode().trim());
            if (unit.isEmpty()) {
                throw new NotFoundProblem("opd.error.notFound", d.opdCode());
            }
            staff = directory.refsInOpds(unit);
            firstStarts = directory.firstPositionStarts(staff.stream().map(EmployeeRef::id).toList());
        }
        List<TotalsEngine.Subject> subjects = staff.stream().map(e -> new TotalsEngine.Subject(e, later(jan1, firstStarts.get(e.id())))).toList();
        List<Map<Long, AttendanceCalculator.Result>> both = engine.computeUnder(subjects, jan1, until, all, false,
                List.of(List.of(), List.of(proposed)));

        long[] up = new long[5];
        long[] down = new long[5];
        List<Mover> movers = new ArrayList<>();
        for (TotalsEngine.Subject s : subjects) {
            Figures from = Figures.of(both.get(0).get(s.employee().id()).totals());
            Figures to = Figures.of(both.get(1).get(s.employee().id()).totals());
            if (from.equals(to)) {
                continue;
            }
            movers.add(new Mover(s.employee().nip(), s.employee().name(), from, to));
            count(up, down, 0, from.workingDays(), to.workingDays());
            count(up, down, 1, from.unexcusedDays(), to.unexcusedDays());
            count(up, down, 2, from.noDataDays(), to.noDataDays());
            count(up, down, 3, from.lateMinutes(), to.lateMinutes());
            count(up, down, 4, from.earlyLeaveMinutes(), to.earlyLeaveMinutes());
        }
        String[] names = {"workingDays", "unexcusedDays", "noDataDays", "lateMinutes", "earlyLeaveMinutes"};
        List<FigureCount> figures = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            figures.add(new FigureCount(names[i], up[i], down[i]));
        }
        List<Mover> first = movers.stream().sorted(Comparator.comparing(Mover::nip)).limit(LIST).toList();
        return new Preview(year, until, on, inForce, proposed.week(), subjects.size(), movers.size(), figures, first);
    }

    private static void count(long[] up, long[] down, int i, int from, int to) {
        if (to > from) {
            up[i]++;
        } else if (to < from) {
            down[i]++;
        }
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b != null && b.isAfter(a) ? b : a;
    }
}
