package id.merit.attendance.domain.totals;

import id.merit.attendance.AttendanceDay;
import id.merit.attendance.AttendanceQueries;
import id.merit.attendance.DayStatus;
import id.merit.attendance.YearlyAttendance;
import id.merit.attendance.domain.DataVersion;
import id.merit.attendance.domain.calendar.CalendarService;
import id.merit.attendance.rules.AttendanceCalculator;
import id.merit.attendance.rules.AttendanceParameters;
import id.merit.attendance.rules.AttendanceTotals;
import id.merit.audit.AuditLog;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeQueries;
import id.merit.employee.EmployeeRef;
import id.merit.employee.EmployeeType;
import id.merit.employee.PositionRecord;
import id.merit.orgunit.OpdQueries;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Yearly totals (interchange.md §3) and monthly recaps. Scope: ADMIN, OFFICER and REGENT see everyone, an OPD head
 * the staff of their OPD and its sub-units, an employee themself (EmployeeQueries.canView); checked here, not only
 * in the pages.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceService implements AttendanceQueries {

    /** One employee's figures for a month of the recap. */
    public record RecapRow(String nip, String name, EmployeeType employeeType, LocalDate from, LocalDate until, AttendanceTotals totals) {
    }

    static final String AUDIT_TYPE = "ATTENDANCE";
    /** How many computed monthly recaps are kept (each one OPD's month; dropped all at once when full). */
    static final int RECAPS_KEPT = 500;

    private record RecapKey(Set<Long> unit, YearMonth month, LocalDate until, long dataVersion, String staff) {
    }

    private final Map<RecapKey, List<RecapRow>> recaps = new java.util.concurrent.ConcurrentHashMap<>();
    private final EmployeeQueries employees;
    private final EmployeeDirectory directory;
    private final OpdQueries opds;
    private final TotalsEngine engine;
    private final AuditLog audit;
    private final DataVersion version;
    private final CalendarService calendar;
    private final Clock clock;

    AttendanceService(EmployeeQueries employees, EmployeeDirectory directory,
                      OpdQueries opds, TotalsEngine engine, AuditLog audit, DataVersion version,
                      CalendarService calendar, Clock clock) {
        this.employees = employees;
        this.directory = directory;
        this.opds = opds;
        this.engine = engine;
        this.audit = audit;
        this.version = version;
        this.calendar = calendar;
        this.clock = clock;
    }

    @Override
    public long dataVersion() {
        return version.current();
    }

    @Override
    public Set<LocalDate> holidays(LocalDate from, LocalDate to) {
        return calendar.holidayDates(from, to);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** {@code until} checked against the year, or the earlier of today and 31 December. */
    public LocalDate until(int year, LocalDate until) {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("year must be between 2000 and 2100");
        }
        if (until == null) {
            LocalDate dec31 = LocalDate.of(year, 12, 31);
            LocalDate today = today();
            return today.isBefore(dec31) ? today : dec31;
        }
        if (until.getYear() != year) {
            throw new IllegalArgumentException("until must lie in " + year);
        }
        return until;
    }

    @Override
    @Transactional // read-write: the view record commits with the request (AuditLog)
    public YearlyAttendance totals(String nip, int year, LocalDate until) {
        return year(nip, year, until, false).totals();
    }

    @Override
    @Transactional // read-write: the view record commits with the request (AuditLog)
    public AttendanceYear year(String nip, int year, LocalDate until) {
        return year(nip, year, until, true);
    }

    private AttendanceYear year(String nip, int year, LocalDate untilParam, boolean withDays) {
        EmployeeRef ref = directory.ref(nip).orElseThrow(() -> new NotFoundProblem("employee.error.notFound", nip));
        if (CurrentUser.get().isEmpty() || !employees.canView(ref)) {
            throw new AccessDeniedProblem("employee outside scope");
        }
        LocalDate until = until(year, untilParam);
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        LocalDate firstStart = directory.positions(ref.id()).stream().map(PositionRecord::startDate)
                .filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        TotalsEngine.Subject subject = new TotalsEngine.Subject(ref, later(jan1, firstStart));
        TotalsEngine.Batch batch = engine.compute(List.of(subject), jan1, until, false, withDays);
        AttendanceCalculator.Result result = batch.results().get(ref.id());
        audit.viewed(AUDIT_TYPE, nip);
        YearlyAttendance totals = yearly(subject, year, until, result.totals(), batch.parameters());
        return new AttendanceYear(totals, withDays ? days(year, subject.from(), until, result.days()) : List.of());
    }

    @Override
    public List<YearlyAttendance> totalsForAll(int year, LocalDate untilParam) {
        LocalDate until = until(year, untilParam);
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        Map<Long, LocalDate> firstStarts = directory.firstPositionStarts();
        List<TotalsEngine.Subject> subjects = directory.allRefs().stream()
                .map(e -> new TotalsEngine.Subject(e, later(jan1, firstStarts.get(e.id())))).toList();
        TotalsEngine.Batch batch = engine.compute(subjects, jan1, until, true, false);
        List<YearlyAttendance> out = new ArrayList<>(subjects.size());
        for (TotalsEngine.Subject s : subjects) {
            out.add(yearly(s, year, until, batch.results().get(s.employee().id()).totals(), batch.parameters()));
        }
        return out;
    }

    /** Scoped monthly recap of an OPD and its sub-units (ADMIN, OFFICER, REGENT; an OPD head for their own units). */
    public List<RecapRow> monthlyRecap(String opdCode, YearMonth month) {
        Set<Long> unit = visibleSubtree(opdCode);
        LocalDate end = month.atEndOfMonth();
        LocalDate today = today();
        LocalDate until = end.isAfter(today) ? today : end;
        // kept while neither the attendance data (any import, excuse, calendar or rule edit) nor the unit's staff change
        RecapKey key = new RecapKey(Set.copyOf(unit), month, until, version.current(), directory.staffFingerprint(unit));
        List<RecapRow> kept = recaps.get(key);
        if (kept != null) {
            return kept;
        }
        if (recaps.size() >= RECAPS_KEPT) {
            recaps.clear();
        }
        List<RecapRow> rows = computeRecap(unit, month, until);
        recaps.put(key, rows);
        return rows;
    }

    private List<RecapRow> computeRecap(Set<Long> unit, YearMonth month, LocalDate until) {
        LocalDate start = month.atDay(1);
        // the OPD's staff only: loading all 100,000 refs and position starts per recap held a connection for seconds (issue 7)
        List<EmployeeRef> staff = directory.refsInOpds(unit);
        Map<Long, LocalDate> firstStarts = directory.firstPositionStarts(staff.stream().map(EmployeeRef::id).toList());
        List<TotalsEngine.Subject> subjects = staff.stream()
                .map(e -> new TotalsEngine.Subject(e, later(start, firstStarts.get(e.id())))).toList();
        TotalsEngine.Batch batch = engine.compute(subjects, start, until, false, false);
        return subjects.stream()
                .map(s -> new RecapRow(s.employee().nip(), s.employee().name(), s.employee().employeeType(), s.from(), until,
                        batch.results().get(s.employee().id()).totals()))
                .sorted(Comparator.comparing(RecapRow::name, String.CASE_INSENSITIVE_ORDER).thenComparing(RecapRow::nip))
                .toList();
    }

    /** The OPD's subtree if the current user may see it: AccessDeniedProblem otherwise, NotFoundProblem for an unknown code. */
    Set<Long> visibleSubtree(String opdCode) {
        CurrentUser user = CurrentUser.require();
        Set<Long> unit = opds.subtreeIds(opdCode);
        if (unit.isEmpty()) {
            throw new NotFoundProblem("opd.error.notFound", opdCode);
        }
        boolean allowed = switch (user.role()) {
            case ADMIN, OFFICER, REGENT -> true;
            case OPD_HEAD -> user.opdCode() != null && opds.subtreeIds(user.opdCode()).containsAll(unit);
            case EMPLOYEE, ASSESSOR -> false;
        };
        if (!allowed) {
            throw new AccessDeniedProblem("OPD outside scope");
        }
        return unit;
    }

    /** The OPD codes the current user may pick for a recap (tree order). */
    public List<id.merit.orgunit.OpdView> visibleOpds() {
        CurrentUser user = CurrentUser.require();
        List<id.merit.orgunit.OpdView> all = opds.tree();
        if (user.is(Role.ADMIN, Role.OFFICER, Role.REGENT)) {
            return all;
        }
        if (user.role() == Role.OPD_HEAD && user.opdCode() != null) {
            Set<Long> own = opds.subtreeIds(user.opdCode());
            return all.stream().filter(o -> own.contains(o.id())).toList();
        }
        return List.of();
    }

    private static YearlyAttendance yearly(TotalsEngine.Subject s, int year, LocalDate until, AttendanceTotals t, AttendanceParameters p) {
        EmployeeRef e = s.employee();
        return new YearlyAttendance(e.nip(), year, s.from(), until, t.workingDays(), t.presentDays(), t.excusedDays(), t.unexcusedDays(),
                t.noDataDays(), t.longestUnexcusedStreak(), t.lateMinutes(), t.earlyLeaveMinutes(), t.missingCheckInDays(), t.missingCheckOutDays(),
                p.ruleSet(), e.id(), e.name(), e.employeeType(), e.opdId(), e.positionKind());
    }

    /** Every day of the year: the counted ones from the calculator, the others NON_WORKING and not counted. */
    private static List<AttendanceDay> days(int year, LocalDate from, LocalDate until, List<AttendanceCalculator.DayResult> counted) {
        List<AttendanceDay> out = new ArrayList<>(366);
        int i = 0;
        for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
            if (i < counted.size() && counted.get(i).date().equals(d)) {
                AttendanceCalculator.DayResult r = counted.get(i++);
                out.add(new AttendanceDay(d, r.status(), true, r.checkIn(), r.checkOut(), r.lateMinutes(), r.earlyLeaveMinutes()));
            } else {
                out.add(new AttendanceDay(d, DayStatus.NON_WORKING, !d.isBefore(from) && !d.isAfter(until), null, null, 0, 0));
            }
        }
        return out;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return b != null && b.isAfter(a) ? b : a;
    }
}
