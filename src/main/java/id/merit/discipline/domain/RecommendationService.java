package id.merit.discipline.domain;

import id.merit.attendance.AttendanceQueries;
import id.merit.attendance.YearlyAttendance;
import id.merit.discipline.AbsenceRecommendations;
import id.merit.discipline.AttendanceEvidence;
import id.merit.discipline.DisciplineRegime;
import id.merit.discipline.Recommendation;
import id.merit.discipline.RecommendedAttendance;
import id.merit.discipline.SanctionBand;
import id.merit.discipline.rules.AbsenceOutcome;
import id.merit.discipline.rules.AbsenceSanctionPolicy;
import id.merit.employee.EmployeeMoved;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
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

    /** What a year's cached figures depend on. */
    private record Key(long attendanceVersion, long registryVersion, DisciplineRuleSet rules, LocalDate until) {
    }

    private record Cached(Key key, List<RecommendedAttendance> rows) {
    }

    private final AttendanceQueries attendance;
    private final RuleSetService rules;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<Integer, Cached> cache = new ConcurrentHashMap<>();
    private final Map<Integer, CompletableFuture<Cached>> computing = new HashMap<>(); // guarded by this
    /** The single-thread {@code disciplineRecommendations} pool ({@code system.TaskExecutorsConfig}). */
    private final TaskExecutor computer;

    RecommendationService(AttendanceQueries attendance, RuleSetService rules, JdbcTemplate jdbc, Clock clock,
                          @Qualifier("disciplineRecommendations") TaskExecutor computer) {
        this.attendance = attendance;
        this.rules = rules;
        this.jdbc = jdbc;
        this.clock = clock;
        this.computer = computer;
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

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // waits for the figures without holding a pooled connection
    public List<RecommendedAttendance> officialsToRelieve(int year) {
        return all(year).stream().filter(RecommendedAttendance::official).filter(RecommendedAttendance::berat)
                .sorted(java.util.Comparator.comparingInt((RecommendedAttendance r) -> r.totals().unexcusedDays()).reversed()
                        .thenComparing(r -> r.totals().nip()))
                .toList();
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // waits for the figures without holding a pooled connection
    public List<RecommendedAttendance> forAllCached(int year) {
        return all(year);
    }

    /** Scoped like {@link #forYear}: for a case examined on {@code examinedOn}, PP 94/2021 from 31 August 2021. */
    @Override
    public SanctionBand recommendedBand(String nip, int year, LocalDate examinedOn) {
        YearlyAttendance t = attendance.totals(nip, year, null);
        return recommend(t, DisciplineRegime.ofExamination(examinedOn), rules.on(examinedOn)).band();
    }

    /**
     * Everyone's figures of {@code year} counted to the earlier of today and 31 December, from the cache when current.
     * One computation per year at a time, on its own thread (100,000 staff take seconds): concurrent callers wait for
     * that one instead of each computing the same batch with a pooled connection (issue 7). Callers should hold no
     * transaction while they wait ({@link Propagation#NOT_SUPPORTED}).
     */
    List<RecommendedAttendance> all(int year) {
        Key key = key(year);
        Cached c = cache.get(year);
        if (c != null && c.key().equals(key)) {
            return c.rows();
        }
        return refresh(year).join().rows();
    }

    /** Computes this year's figures in the background when the application starts, so the first visitor does not wait. */
    @EventListener(ApplicationReadyEvent.class)
    void precompute() {
        refresh(today().getYear());
    }

    /** The running computation of this year's figures, or a new one; its result goes into the cache. */
    private synchronized CompletableFuture<Cached> refresh(int year) {
        CompletableFuture<Cached> running = computing.get(year);
        if (running != null) {
            return running;
        }
        CompletableFuture<Cached> next = new CompletableFuture<>();
        computing.put(year, next);
        Runnable compute = () -> {
            try {
                Key key = key(year);
                Cached done = new Cached(key, forAll(year, key.until()));
                cache.put(year, done);
                next.complete(done);
            } catch (RuntimeException e) {
                next.completeExceptionally(e);
            } finally {
                synchronized (this) {
                    computing.remove(year);
                }
            }
        };
        try {
            computer.execute(compute);
        } catch (RuntimeException refused) { // the pool is shut down (the application is stopping)
            computing.remove(year);
            next.completeExceptionally(refused);
        }
        return next;
    }

    private Key key(int year) {
        LocalDate dec31 = LocalDate.of(year, 12, 31);
        LocalDate today = today();
        LocalDate until = today.isBefore(dec31) ? today : dec31;
        return new Key(attendance.dataVersion(), registryVersion(), rules.on(until), until);
    }

    /** How many people go from one outcome to another under proposed settings. */
    public record SettingsMove(AbsenceOutcome from, AbsenceOutcome to, long count) {
    }

    /** One person who moves (the preview's short list). */
    public record SettingsMover(String nip, String name, AbsenceOutcome from, AbsenceOutcome to) {
    }

    /**
     * What proposed settings do to the recommendations of {@code year} counted to {@code counted}: of the {@code measured}
     * staff with attendance data, {@code moved} get another outcome ({@link AbsenceOutcome}); the moves per (from, to),
     * most first, and the first {@link #PREVIEW_LIST} movers by NIP.
     */
    public record SettingsPreview(int year, LocalDate counted, long measured, long moved, List<SettingsMove> moves,
                                  List<SettingsMover> movers) {
    }

    static final int PREVIEW_LIST = 20;

    /**
     * Issue 13 item 2: the recommendations page's figures of the effective date's year (the current year for a later
     * date), counted to the earlier of today and 31 December, read once with the settings in force on that day (as the
     * page shows them) and once with {@code proposed}, through the same policy. Nothing is stored.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // waits for the figures without holding a pooled connection
    public SettingsPreview preview(DisciplineRuleSet proposed, LocalDate effectiveFrom) {
        int year = Math.min(effectiveFrom.getYear(), today().getYear());
        LocalDate dec31 = LocalDate.of(year, 12, 31);
        LocalDate counted = today().isBefore(dec31) ? today() : dec31;
        DisciplineRuleSet current = rules.on(counted);
        DisciplineRegime regime = DisciplineRegime.ofFigures(counted);
        Map<List<AbsenceOutcome>, Long> moves = new java.util.HashMap<>();
        List<SettingsMover> movers = new java.util.ArrayList<>();
        long measured = 0;
        for (RecommendedAttendance r : all(year)) {
            YearlyAttendance t = r.totals();
            if (t.noAttendanceData()) {
                continue;
            }
            measured++;
            AbsenceOutcome from = AbsenceOutcome.of(r.recommendation(), current.regime());
            AbsenceOutcome to = AbsenceOutcome.of(recommend(t, regime, proposed), proposed.regime());
            if (!from.equals(to)) {
                moves.merge(List.of(from, to), 1L, Long::sum);
                movers.add(new SettingsMover(t.nip(), t.name(), from, to));
            }
        }
        List<SettingsMove> counts = moves.entrySet().stream()
                .map(e -> new SettingsMove(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .sorted(java.util.Comparator.comparingLong(SettingsMove::count).reversed()
                        .thenComparing(m -> m.from().band()).thenComparing(m -> m.to().band()))
                .toList();
        List<SettingsMover> first = movers.stream().sorted(java.util.Comparator.comparing(SettingsMover::nip)).limit(PREVIEW_LIST).toList();
        return new SettingsPreview(year, counted, measured, movers.size(), counts, first);
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
        if (t.noAttendanceData()) {
            return AbsenceSanctionPolicy.noData(regime);
        }
        return AbsenceSanctionPolicy.recommend(regime, new AbsenceSanctionPolicy.Counts(t.employeeType(), t.unexcusedDays(),
                t.longestUnexcusedStreak(), t.lateMinutes() + t.earlyLeaveMinutes()), settings.absenceSettings());
    }
}
