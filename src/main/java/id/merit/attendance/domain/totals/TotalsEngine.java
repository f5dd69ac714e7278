package id.merit.attendance.domain.totals;

import id.merit.attendance.domain.calendar.CalendarService;
import id.merit.attendance.rules.AttendanceCalculator;
import id.merit.attendance.rules.AttendanceParameters;
import id.merit.attendance.rules.Coverage;
import id.merit.attendance.rules.CoveredDays;
import id.merit.attendance.rules.DayPunches;
import id.merit.attendance.rules.ScheduleVariant;
import id.merit.attendance.rules.WorkingDay;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeRef;
import java.sql.Array;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Computes attendance for many employees in one batch: the calendar once per OPD, the excuses of the period in one
 * query, and the stored punch months folded into first and last punch and their count per employee and date, with the
 * days each OPD unit had a punch and the days each device had one ({@code attendance.device_month}): the covered days,
 * minus BKPSDM's outages. Then the pure
 * {@link AttendanceCalculator} per employee. Must run inside a transaction (the months are streamed with a
 * cursor).
 */
@Component
class TotalsEngine {

    private static final Logger log = LoggerFactory.getLogger(TotalsEngine.class);
    private static final int SECONDS_PER_DAY = 86_400;

    /** One employee to compute, counted from {@code from} (the later of the period start and the first position start). */
    record Subject(EmployeeRef employee, LocalDate from) {
    }

    /** The calculator's result per employee id, with the rule set used. */
    record Batch(Map<Long, AttendanceCalculator.Result> results, AttendanceParameters parameters) {
    }

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;
    private final CalendarService calendar;
    private final EmployeeDirectory employees;

    TotalsEngine(JdbcTemplate jdbc, DataSource dataSource, CalendarService calendar, EmployeeDirectory employees) {
        this.employees = employees;
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(20_000);
        this.calendar = calendar;
    }

    /**
     * @param all whether {@code subjects} are all employees (the punch aggregate then needs no id filter)
     */
    Batch compute(Collection<Subject> subjects, LocalDate periodStart, LocalDate periodEnd, boolean all, boolean withDays) {
        AttendanceParameters params = calendar.parametersOn(periodEnd);
        return new Batch(computeUnder(subjects, periodStart, periodEnd, all, withDays, List.of(List.of())).get(0), params);
    }

    /**
     * The results under the stored schedules plus each of {@code extraSchedules} (an empty list: the stored ones alone),
     * from one read of the punches, excuses and coverage: what a proposed schedule would change (issue 13 item 2).
     */
    List<Map<Long, AttendanceCalculator.Result>> computeUnder(Collection<Subject> subjects, LocalDate periodStart, LocalDate periodEnd,
                                                              boolean all, boolean withDays, List<List<ScheduleVariant>> extraSchedules) {
        AttendanceParameters params = calendar.parametersOn(periodEnd);
        List<Map<Long, AttendanceCalculator.Result>> out = new ArrayList<>();
        if (subjects.isEmpty() || periodEnd.isBefore(periodStart)) {
            Map<Long, AttendanceCalculator.Result> empty = new HashMap<>();
            subjects.forEach(s -> empty.put(s.employee().id(), AttendanceCalculator.evaluate(s.from(), periodEnd, List.of(), Map.of(),
                    Set.of(), CoveredDays.NONE, params, withDays)));
            extraSchedules.forEach(x -> out.add(empty));
            return out;
        }
        Set<Long> opdIds = subjects.stream().map(s -> s.employee().opdId()).collect(Collectors.toSet());
        Long[] ids = all ? null : subjects.stream().map(s -> s.employee().id()).toArray(Long[]::new);
        long t0 = System.nanoTime();
        Map<Long, Set<LocalDate>> excused = excused(ids, periodStart, periodEnd);
        Map<Long, List<String>> devices = devices(ids);
        Coverage coverage = new Coverage(periodStart, (int) (periodEnd.toEpochDay() - periodStart.toEpochDay()) + 1);
        Map<Long, PunchDays> punches = punches(subjects, all, coverage, periodStart, periodEnd);
        deviceDays(devices, coverage, periodStart, periodEnd);
        outages(coverage, periodStart, periodEnd);
        long t1 = System.nanoTime();
        for (List<ScheduleVariant> extra : extraSchedules) {
            Map<Long, List<WorkingDay>> calendars = calendar.calendars(opdIds, periodStart, periodEnd, extra);
            Map<Long, AttendanceCalculator.Result> results = new HashMap<>(subjects.size() * 2);
            for (Subject s : subjects) {
                long id = s.employee().id();
                PunchDays pd = punches.get(id);
                results.put(id, AttendanceCalculator.evaluate(s.from(), periodEnd, calendars.get(s.employee().opdId()),
                        pd == null ? Map.of() : pd.toMap(periodStart), excused.getOrDefault(id, Collections.emptySet()),
                        coverage.of(s.employee().opdId(), devices.getOrDefault(id, List.of())), params, withDays));
            }
            out.add(results);
        }
        if (subjects.size() >= 1000) {
            log.info("Attendance totals of {} employees, {} to {}: data {} ms, calculation {} ms", subjects.size(), periodStart, periodEnd,
                    (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
        }
        return out;
    }

    /** Dates covered by an imported absence or a VERIFIED excuse (pending and rejected excuses excuse nothing). */
    private Map<Long, Set<LocalDate>> excused(Long[] ids, LocalDate from, LocalDate until) {
        Map<Long, Set<LocalDate>> out = new HashMap<>();
        String filter = ids == null ? "" : " AND employee_id = ANY(?)";
        String sql = "SELECT employee_id, start_date, end_date FROM attendance.absence WHERE end_date >= ? AND start_date <= ?" + filter
                + " UNION ALL SELECT employee_id, start_date, end_date FROM attendance.excuse WHERE status = 'VERIFIED'"
                + " AND end_date >= ? AND start_date <= ?" + filter;
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement(sql);
            int i = 1;
            Array arr = ids == null ? null : con.createArrayOf("bigint", ids);
            for (int part = 0; part < 2; part++) {
                ps.setDate(i++, Date.valueOf(from));
                ps.setDate(i++, Date.valueOf(until));
                if (arr != null) {
                    ps.setArray(i++, arr);
                }
            }
            return ps;
        }, rs -> {
            LocalDate start = max(rs.getDate(2).toLocalDate(), from);
            LocalDate end = min(rs.getDate(3).toLocalDate(), until);
            Set<LocalDate> set = out.computeIfAbsent(rs.getLong(1), k -> new HashSet<>());
            for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
                set.add(d);
            }
        });
        return out;
    }

    /** The devices each employee is mapped to ({@code device-users}); {@code ids} null = everyone. */
    private Map<Long, List<String>> devices(Long[] ids) {
        Map<Long, List<String>> out = new HashMap<>();
        String sql = "SELECT employee_id, device_sn FROM attendance.device_user" + (ids == null ? "" : " WHERE employee_id = ANY(?)");
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement(sql);
            if (ids != null) {
                ps.setArray(1, con.createArrayOf("bigint", ids));
            }
            return ps;
        }, rs -> {
            out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>(2)).add(rs.getString(2));
        });
        return out;
    }

    /** The outages BKPSDM recorded for a device or an OPD unit in the period: their days are not covered. */
    private void outages(Coverage coverage, LocalDate from, LocalDate until) {
        jdbc.query("SELECT device_sn, opd_id, start_date, end_date FROM attendance.outage WHERE end_date >= ? AND start_date <= ?", rs -> {
            String device = rs.getString(1);
            long opd = rs.getLong(2);
            coverage.outage(device, rs.wasNull() ? null : opd, rs.getDate(3).toLocalDate(), rs.getDate(4).toLocalDate());
        }, Date.valueOf(from), Date.valueOf(until));
    }

    /** The days each of these employees' devices had a punch ({@code attendance.device_month}, kept by the import). */
    private void deviceDays(Map<Long, List<String>> devices, Coverage coverage, LocalDate from, LocalDate until) {
        String[] sns = devices.values().stream().flatMap(List::stream).distinct().toArray(String[]::new);
        if (sns.length == 0) {
            return;
        }
        long first = from.toEpochDay();
        long last = until.toEpochDay();
        jdbc.query(con -> {
            PreparedStatement ps = con.prepareStatement(
                    "SELECT device_sn, month, days FROM attendance.device_month WHERE month >= ? AND month <= ? AND device_sn = ANY(?)");
            ps.setDate(1, Date.valueOf(from.withDayOfMonth(1)));
            ps.setDate(2, Date.valueOf(until));
            ps.setArray(3, con.createArrayOf("varchar", sns));
            return ps;
        }, rs -> {
            String sn = rs.getString(1);
            long month = rs.getDate(2).toLocalDate().toEpochDay();
            int days = rs.getInt(3);
            for (int d = 0; d < 31; d++) {
                long day = month + d;
                if ((days & (1 << d)) != 0 && day >= first && day <= last) {
                    coverage.devicePunch(sn, (int) (day - first));
                }
            }
        });
    }

    /**
     * The punch days of the period, and from the same rows the days each OPD unit had a punch: the stored months
     * (seconds since the month's start, ascending) are read with a cursor and folded into first and last time of day
     * and count per date, here rather than in SQL (one pass, no sort or aggregate over millions of punches). For a
     * subset of employees the rows read are those of everyone in the subjects' OPD units; the punch days are kept for
     * the subjects only.
     */
    private Map<Long, PunchDays> punches(Collection<Subject> subjects, boolean all, Coverage coverage, LocalDate from, LocalDate until) {
        Map<Long, Long> opdOf = new HashMap<>();
        Set<Long> subjectIds = new HashSet<>();
        subjects.forEach(s -> {
            opdOf.put(s.employee().id(), s.employee().opdId());
            subjectIds.add(s.employee().id());
        });
        if (!all) {
            Set<Long> units = subjects.stream().map(s -> s.employee().opdId()).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
            employees.refsInOpds(units).forEach(e -> opdOf.put(e.id(), e.opdId()));
        }
        Long[] ids = all ? null : opdOf.keySet().toArray(Long[]::new);
        Map<Long, PunchDays> out = new HashMap<>();
        String sql = "SELECT employee_id, month, seconds FROM attendance.punch_month WHERE month >= ? AND month <= ?"
                + (all ? "" : " AND employee_id = ANY(?)");
        long last = until.toEpochDay() - from.toEpochDay();
        streaming.query(con -> {
            PreparedStatement ps = con.prepareStatement(sql);
            ps.setDate(1, Date.valueOf(from.withDayOfMonth(1)));
            ps.setDate(2, Date.valueOf(until));
            if (ids != null) {
                ps.setArray(3, con.createArrayOf("bigint", ids));
            }
            return ps;
        }, rs -> {
            long employee = rs.getLong(1);
            long monthOffset = rs.getDate(2).toLocalDate().toEpochDay() - from.toEpochDay();
            Integer[] seconds = (Integer[]) rs.getArray(3).getArray();
            Long opd = opdOf.get(employee);
            boolean subject = subjectIds.contains(employee);
            PunchDays days = null;
            int i = 0;
            while (i < seconds.length) {
                int day = seconds[i] / SECONDS_PER_DAY;
                int first = seconds[i] % SECONDS_PER_DAY;
                int j = i + 1;
                while (j < seconds.length && seconds[j] / SECONDS_PER_DAY == day) {
                    j++;
                }
                long index = monthOffset + day;
                if (index >= 0 && index <= last) {
                    if (subject) {
                        if (days == null) {
                            days = out.computeIfAbsent(employee, k -> new PunchDays());
                        }
                        days.add((int) index, first, seconds[j - 1] % SECONDS_PER_DAY, j - i);
                    }
                    if (opd != null) {
                        coverage.unitPunch(opd, (int) index);
                    }
                }
                i = j;
            }
        });
        return out;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** Compact per-employee punch days (4 ints a day) until the calculator needs them. */
    static final class PunchDays {
        private int[] data = new int[64 * 4];
        private int size;

        void add(int day, int firstSecond, int lastSecond, int count) {
            if (size * 4 + 4 > data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            int o = size * 4;
            data[o] = day;
            data[o + 1] = firstSecond;
            data[o + 2] = lastSecond;
            data[o + 3] = count;
            size++;
        }

        Map<LocalDate, DayPunches> toMap(LocalDate periodStart) {
            Map<LocalDate, DayPunches> m = new HashMap<>(size * 2);
            for (int i = 0; i < size; i++) {
                int o = i * 4;
                LocalDate date = periodStart.plusDays(data[o]);
                m.put(date, new DayPunches(date, LocalTime.ofSecondOfDay(data[o + 1]), LocalTime.ofSecondOfDay(data[o + 2]), data[o + 3]));
            }
            return m;
        }
    }
}
