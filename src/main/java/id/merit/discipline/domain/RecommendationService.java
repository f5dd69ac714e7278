package id.merit.discipline.domain;

import id.merit.attendance.AttendanceQueries;
import id.merit.attendance.YearlyAttendance;
import id.merit.discipline.AbsenceRecommendations;
import id.merit.discipline.AttendanceEvidence;
import id.merit.discipline.DisciplineRegime;
import id.merit.discipline.Recommendation;
import id.merit.discipline.RecommendedAttendance;
import id.merit.discipline.SanctionBand;
import id.merit.discipline.rules.AbsenceSanctionPolicy;
import id.merit.employee.EmployeeMoved;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads attendance's facts with discipline law ({@link AbsenceSanctionPolicy}): the API's recommendation, the lists
 * of the recommendations page and the check of cases opened from attendance. The regime is chosen by the last counted
 * day for a year's figures and by the examination date for a case (PP 94/2021 Pasal 40 ayat (3)); the settings in force
 * on that day give the sedang kinds, the lateness switch and the basis cited for non-ASN staff.
 * <p>
 * Everyone's figures of a year are cached per instance, keyed by attendance's data version (punches, excuses,
 * calendar), by {@code discipline.registry_version} (bumped on every {@link EmployeeMoved}, in the registry's
 * transaction, so every instance sees a transfer or type change at once), by the settings in force and by the day.
 */
@Service
@Transactional(readOnly = true)
public class RecommendationService implements AbsenceRecommendations, AttendanceEvidence {

    private record Cached(long attendanceVersion, long registryVersion, DisciplineRuleSet rules, LocalDate until,
                          List<RecommendedAttendance> rows) {
    }

    private final AttendanceQueries attendance;
    private final RuleSetService rules;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<Integer, Cached> cache = new ConcurrentHashMap<>();

    @Autowired
    RecommendationService(AttendanceQueries attendance, RuleSetService rules, JdbcTemplate jdbc,
                          @Value("${merit.zone:Asia/Jakarta}") String zone) {
        this(attendance, rules, jdbc, Clock.system(ZoneId.of(zone)));
    }

    RecommendationService(AttendanceQueries attendance, RuleSetService rules, JdbcTemplate jdbc, Clock clock) {
        this.attendance = attendance;
        this.rules = rules;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public RecommendedAttendance forYear(String nip, int year, LocalDate until) {
        YearlyAttendance t = attendance.totals(nip, year, until);
        return new RecommendedAttendance(t, ofFigures(t));
    }

    @Override
    public List<RecommendedAttendance> forAll(int year, LocalDate until) {
        List<YearlyAttendance> all = attendance.totalsForAll(year, until);
        if (all.isEmpty()) {
            return List.of();
        }
        LocalDate counted = all.get(0).until();
        DisciplineRuleSet settings = rules.on(counted);
        DisciplineRegime regime = DisciplineRegime.ofFigures(counted);
        return all.stream().map(t -> new RecommendedAttendance(t, recommend(t, regime, settings))).toList();
    }

    /** Scoped like {@link #forYear}: for a case examined on {@code examinedOn}, PP 94/2021 from 31 August 2021. */
    @Override
    public SanctionBand recommendedBand(String nip, int year, LocalDate examinedOn) {
        YearlyAttendance t = attendance.totals(nip, year, null);
        return recommend(t, DisciplineRegime.ofExamination(examinedOn), rules.on(examinedOn)).band();
    }

    /** Everyone's figures of {@code year} counted to the earlier of today and 31 December, from the cache when current. */
    List<RecommendedAttendance> all(int year) {
        LocalDate dec31 = LocalDate.of(year, 12, 31);
        LocalDate today = today();
        LocalDate until = today.isBefore(dec31) ? today : dec31;
        long attendanceVersion = attendance.dataVersion();
        long registryVersion = registryVersion();
        DisciplineRuleSet settings = rules.on(until);
        Cached c = cache.get(year);
        if (c == null || c.attendanceVersion() != attendanceVersion || c.registryVersion() != registryVersion
                || !c.rules().equals(settings) || !c.until().equals(until)) {
            c = new Cached(attendanceVersion, registryVersion, settings, until, forAll(year, until));
            cache.put(year, c);
        }
        return c.rows();
    }

    /** A registry move (transfer, type or position change) makes every cached list stale, in every instance. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(EmployeeMoved moved) {
        jdbc.update("UPDATE discipline.registry_version SET version = version + 1 WHERE id = 1");
    }

    long registryVersion() {
        Long v = jdbc.queryForObject("SELECT version FROM discipline.registry_version WHERE id = 1", Long.class);
        return v == null ? 0 : v;
    }

    private Recommendation ofFigures(YearlyAttendance t) {
        return recommend(t, DisciplineRegime.ofFigures(t.until()), rules.on(t.until()));
    }

    private static Recommendation recommend(YearlyAttendance t, DisciplineRegime regime, DisciplineRuleSet settings) {
        return AbsenceSanctionPolicy.recommend(regime, new AbsenceSanctionPolicy.Counts(t.employeeType(), t.unexcusedDays(),
                t.longestUnexcusedStreak(), t.lateMinutes() + t.earlyLeaveMinutes()), settings.absenceSettings());
    }
}
