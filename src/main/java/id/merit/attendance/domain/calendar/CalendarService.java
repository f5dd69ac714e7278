package id.merit.attendance.domain.calendar;

import id.merit.attendance.domain.DataVersion;
import id.merit.attendance.rules.AttendanceParameters;
import id.merit.attendance.rules.ScheduleVariant;
import id.merit.attendance.rules.WeekSchedule;
import id.merit.attendance.rules.WorkingCalendar;
import id.merit.attendance.rules.WorkingDay;
import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The working calendar: holidays (national and cuti bersama), working-hours schedules per OPD with date-ranged
 * variants, and the versioned attendance rule sets. BKPSDM (ADMIN, OFFICER) edit holidays and hours; only an
 * ADMIN adds a rule set.
 */
@Service
@Transactional(readOnly = true)
public class CalendarService {
    private final Clock clock;

    /** Fields of a working-hours schedule; {@code hours} holds the working weekdays only. */
    public record ScheduleData(String name, String opdCode, LocalDate validFrom, LocalDate validTo,
                               Map<DayOfWeek, WeekSchedule.DayHours> hours, int graceMinutes) {
    }

    /** Fields of a new rule set version. */
    public record RuleSetData(String name, LocalDate effectiveFrom, String regulation) {
    }

    private final HolidayRepository holidays;
    private final JdbcTemplate jdbc;
    private final OpdQueries opds;
    private final DataVersion version;
    private final AuditLog audit;

    CalendarService(HolidayRepository holidays, JdbcTemplate jdbc, OpdQueries opds, DataVersion version, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.holidays = holidays;
        this.jdbc = jdbc;
        this.opds = opds;
        this.version = version;
        this.audit = audit;
    }

    // ---------------------------------------------------------------- holidays

    public List<Holiday> holidays(int year) {
        return holidays.findByDateBetweenOrderByDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    public Set<LocalDate> holidayDates(LocalDate from, LocalDate until) {
        return holidays.findByDateBetweenOrderByDate(from, until).stream().map(Holiday::getDate).collect(Collectors.toSet());
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public void addHoliday(LocalDate date, String name, Holiday.Kind kind) {
        if (holidays.existsById(date)) {
            throw new BusinessProblem("date", "attendance.holiday.exists", date);
        }
        Holiday h = new Holiday();
        h.setDate(date);
        h.setName(name.trim());
        h.setKind(kind);
        h.setUpdatedAt(OffsetDateTime.now(clock));
        holidays.save(h);
        version.bump();
        audit.changed(AuditAction.CREATE, "HOLIDAY", date.toString(), h.getName(), null, Map.of("name", h.getName(), "kind", kind.name()));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public void deleteHoliday(LocalDate date) {
        Holiday h = holidays.findById(date).orElseThrow(() -> new NotFoundProblem("attendance.holiday.notFound", date));
        holidays.delete(h);
        version.bump();
        audit.changed(AuditAction.DELETE, "HOLIDAY", date.toString(), h.getName(), Map.of("name", h.getName(), "kind", h.getKind().name()), null);
    }

    // ---------------------------------------------------------------- working hours

    public List<Schedule> schedules() {
        return jdbc.query("SELECT * FROM attendance.work_schedule ORDER BY opd_id NULLS FIRST, valid_from NULLS FIRST, id",
                (rs, i) -> schedule(rs));
    }

    List<ScheduleVariant> variants() {
        return schedules().stream().map(Schedule::variant).toList();
    }

    private static Schedule schedule(ResultSet rs) throws SQLException {
        Map<DayOfWeek, WeekSchedule.DayHours> hours = new EnumMap<>(DayOfWeek.class);
        for (int d = 0; d < 7; d++) {
            LocalTime start = rs.getObject(Schedule.DAY_COLUMNS[d] + "_start", LocalTime.class);
            LocalTime end = rs.getObject(Schedule.DAY_COLUMNS[d] + "_end", LocalTime.class);
            if (start != null && end != null) {
                hours.put(DayOfWeek.of(d + 1), new WeekSchedule.DayHours(start, end));
            }
        }
        Long opd = rs.getObject("opd_id", Long.class);
        return new Schedule(rs.getLong("id"), rs.getString("name"), opd, rs.getObject("valid_from", LocalDate.class),
                rs.getObject("valid_to", LocalDate.class), hours, rs.getInt("grace_minutes"), rs.getString("updated_by"),
                rs.getObject("updated_at", OffsetDateTime.class));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public long addSchedule(ScheduleData d) {
        Long opdId = checked(d);
        List<Object> args = new ArrayList<>(List.of(d.name().trim()));
        args.add(opdId);
        args.add(d.validFrom());
        args.add(d.validTo());
        for (int day = 1; day <= 7; day++) {
            WeekSchedule.DayHours h = d.hours().get(DayOfWeek.of(day));
            args.add(h == null ? null : h.start());
            args.add(h == null ? null : h.end());
        }
        args.add(d.graceMinutes());
        args.add(CurrentUser.actorName());
        String dayColumns = java.util.Arrays.stream(Schedule.DAY_COLUMNS).map(c -> c + "_start, " + c + "_end")
                .collect(Collectors.joining(", "));
        Long id = jdbc.queryForObject("INSERT INTO attendance.work_schedule (name, opd_id, valid_from, valid_to, " + dayColumns
                + ", grace_minutes, updated_by) VALUES (" + "?, ".repeat(19) + "?) RETURNING id", Long.class, args.toArray());
        version.bump();
        Schedule s = new Schedule(id, d.name().trim(), opdId, d.validFrom(), d.validTo(), d.hours(), d.graceMinutes(), CurrentUser.actorName(),
                OffsetDateTime.now(clock));
        audit.changed(AuditAction.CREATE, "WORK_SCHEDULE", String.valueOf(id), s.name(), null, snapshot(s, d.opdCode()));
        return id;
    }

    /** The OPD's id (null: all OPDs), or a refusal for an unknown OPD, a reversed range or a week without working day. */
    private Long checked(ScheduleData d) {
        Long opdId = null;
        if (d.opdCode() != null && !d.opdCode().isBlank()) {
            opdId = opds.byCode(d.opdCode()).map(OpdView::id)
                    .orElseThrow(() -> new BusinessProblem("opdCode", "opd.error.unknown", d.opdCode()));
        }
        if (d.validFrom() != null && d.validTo() != null && d.validTo().isBefore(d.validFrom())) {
            throw new BusinessProblem("validTo", "attendance.schedule.rangeReversed");
        }
        if (d.hours().isEmpty()) {
            throw new BusinessProblem(null, "attendance.schedule.noWorkingDay");
        }
        return opdId;
    }

    /** The Ramadan preset (WeekSchedule.RAMADAN) for all OPDs between two dates. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public long addRamadanPreset(String name, LocalDate from, LocalDate to) {
        if (from == null || to == null) {
            throw new BusinessProblem("validFrom", "attendance.schedule.rangeRequired");
        }
        return addSchedule(new ScheduleData(name, null, from, to, WeekSchedule.RAMADAN.hours(), 0));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public void deleteSchedule(long id) {
        Schedule s = schedules().stream().filter(x -> x.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundProblem("attendance.schedule.notFound", id));
        jdbc.update("DELETE FROM attendance.work_schedule WHERE id = ?", id);
        version.bump();
        audit.changed(AuditAction.DELETE, "WORK_SCHEDULE", String.valueOf(id), s.name(), snapshot(s, null), null);
    }

    private static Map<String, Object> snapshot(Schedule s, String opdCode) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("opdCode", opdCode);
        m.put("validFrom", s.validFrom() == null ? null : s.validFrom().toString());
        m.put("validTo", s.validTo() == null ? null : s.validTo().toString());
        s.hours().forEach((day, h) -> m.put(day.name(), h.start() + "-" + h.end()));
        m.put("graceMinutes", s.graceMinutes());
        return m;
    }

    /** The working days of each OPD between two dates (schedules of the OPD, its parents, or all OPDs). */
    public Map<Long, List<WorkingDay>> calendars(Collection<Long> opdIds, LocalDate from, LocalDate until) {
        return calendars(opdIds, from, until, List.of());
    }

    /** {@link #calendars(Collection, LocalDate, LocalDate)} as if {@code extra} schedules (not stored) were stored too. */
    public Map<Long, List<WorkingDay>> calendars(Collection<Long> opdIds, LocalDate from, LocalDate until, List<ScheduleVariant> extra) {
        Set<LocalDate> off = holidayDates(from, until);
        List<ScheduleVariant> variants = new ArrayList<>(variants());
        variants.addAll(extra);
        Map<Long, Long> parents = parents();
        Map<Long, List<WorkingDay>> out = new HashMap<>();
        for (Long opdId : Set.copyOf(opdIds)) {
            out.put(opdId, WorkingCalendar.build(from, until, off, variants, chain(opdId, parents)));
        }
        return out;
    }

    private Map<Long, Long> parents() {
        Map<Long, Long> parents = new HashMap<>();
        for (OpdView o : opds.tree()) {
            parents.put(o.id(), o.parentId());
        }
        return parents;
    }

    private static List<Long> chain(Long opdId, Map<Long, Long> parents) {
        List<Long> chain = new ArrayList<>();
        for (Long id = opdId; id != null && !chain.contains(id); id = parents.get(id)) {
            chain.add(id);
        }
        return chain;
    }

    /**
     * A proposed schedule as the calendar would read it once stored (checked like {@link #addSchedule}), newer than every
     * stored one; nothing is stored. Its {@code opdId} is null for all OPDs.
     */
    public ScheduleVariant draft(ScheduleData d) {
        Long opdId = checked(d);
        return new ScheduleVariant(Long.MAX_VALUE, opdId, d.validFrom(), d.validTo(), new WeekSchedule(d.hours(), d.graceMinutes()));
    }

    /**
     * The week in force on {@code date} for an OPD ({@code opdId} null: for all OPDs, i.e. the schedules for all OPDs
     * only), by the calendar's order of specificity.
     */
    public WeekSchedule inForce(Long opdId, LocalDate date) {
        List<Long> chain = opdId == null ? List.of() : chain(opdId, parents());
        return WorkingCalendar.inForce(variants(), chain, date);
    }

    // ---------------------------------------------------------------- rule sets

    public List<RuleSet> ruleSets() {
        return jdbc.query("SELECT * FROM attendance.rule_set ORDER BY effective_from DESC", (rs, i) -> ruleSet(rs));
    }

    /** The rule set in force on {@code date} (the shipped defaults if none is stored). */
    public AttendanceParameters parametersOn(LocalDate date) {
        return jdbc.query("SELECT * FROM attendance.rule_set WHERE effective_from <= ? ORDER BY effective_from DESC LIMIT 1",
                (rs, i) -> ruleSet(rs), date).stream().findFirst().map(RuleSet::parameters).orElse(AttendanceParameters.DEFAULTS);
    }

    private static RuleSet ruleSet(ResultSet rs) throws SQLException {
        return new RuleSet(rs.getLong("id"), rs.getString("name"), rs.getObject("effective_from", LocalDate.class), rs.getString("regulation"),
                rs.getObject("single_punch_cutoff", LocalTime.class),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void addRuleSet(RuleSetData d) {
        Integer exists = jdbc.queryForObject("SELECT count(*) FROM attendance.rule_set WHERE effective_from = ?", Integer.class,
                d.effectiveFrom());
        if (exists != null && exists > 0) {
            throw new BusinessProblem("effectiveFrom", "attendance.ruleSet.exists", d.effectiveFrom());
        }
        jdbc.update("INSERT INTO attendance.rule_set (name, effective_from, regulation, single_punch_cutoff, created_by) "
                        + "VALUES (?, ?, ?, ?, ?)",
                d.name().trim(), d.effectiveFrom(), d.regulation().trim(), LocalTime.NOON,
                CurrentUser.actorName());
        version.bump();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("effectiveFrom", d.effectiveFrom().toString());
        audit.changed(AuditAction.CREATE, "ATTENDANCE_RULE_SET", d.name().trim(), d.regulation(), null, m);
    }
}
