package id.merit.attendance.domain;

import id.merit.discipline.DisciplineSettings;
import id.merit.discipline.SedangRegime;
import id.merit.attendance.SanctionBand;
import id.merit.attendance.YearlyAttendance;
import id.merit.shared.CurrentUser;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sanction recommendations for BKPSDM and the regent: everyone whose attendance calls for a punishment, whether the
 * band changed since it was last reviewed (a snapshot per employee and year), and the officials whose absence calls
 * for relief from duty (seed 000/001: "officials often absent are relieved without waiting").
 * <p>
 * The yearly totals of all staff are cached per year, keyed by {@link DataVersion} (bumped by every import, excuse
 * decision and calendar edit, in any instance) and by the sedang regime in force (discipline's setting, which the
 * recommendations cite); entries also expire after {@value #TTL_MINUTES} minutes because
 * registry changes (positions, OPD moves) do not bump it.
 */
@Service
@Transactional(readOnly = true)
public class ReviewService {

    static final int TTL_MINUTES = 10;

    /** A recommendation with the band last reviewed (null: never reviewed). */
    public record Row(YearlyAttendance totals, SanctionBand reviewedBand, boolean changed) {
    }

    /** Sort orders of the list. */
    public enum Sort { UNEXCUSED_DESC, UNEXCUSED_ASC, NAME, BAND }

    private record Cached(long version, SedangRegime regime, Instant at, LocalDate until, List<YearlyAttendance> totals) {
    }

    private final AttendanceService attendance;
    private final DataVersion version;
    private final JdbcTemplate jdbc;
    private final DisciplineSettings discipline;
    private final Map<Integer, Cached> cache = new ConcurrentHashMap<>();
    private final Map<Integer, CompletableFuture<Cached>> computing = new HashMap<>(); // guarded by this
    private final ExecutorService computer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "attendance-totals");
        t.setDaemon(true);
        return t;
    });

    ReviewService(AttendanceService attendance, DataVersion version, JdbcTemplate jdbc, DisciplineSettings discipline) {
        this.discipline = discipline;
        this.attendance = attendance;
        this.version = version;
        this.jdbc = jdbc;
    }

    /**
     * Yearly totals of everyone (counted to the earlier of today and 31 December), from the cache when current.
     * One computation per year at a time, on its own thread (100,000 staff take seconds): concurrent callers wait for
     * that one instead of each computing the same batch with a pooled connection (issue 7). When the data changed
     * (version, regime, day) callers wait for the new figures; when only the time limit passed they get the last
     * figures while the new ones are computed.
     */
    List<YearlyAttendance> all(int year) {
        Cached c = cache.get(year);
        boolean current = c != null && c.version() == version.current() && c.regime() == regimeOn(year) && c.until().equals(attendance.until(year, null));
        if (current && !c.at().plus(Duration.ofMinutes(TTL_MINUTES)).isBefore(Instant.now())) {
            return c.totals();
        }
        CompletableFuture<Cached> next = refresh(year);
        return current ? c.totals() : next.join().totals();
    }

    /** Computes this year's figures in the background, so that the first visitor of the day does not wait. */
    @EventListener(ApplicationReadyEvent.class)
    void precompute() {
        refresh(attendance.today().getYear());
    }

    /** The running computation of this year's figures, or a new one; its result goes into the cache. */
    private synchronized CompletableFuture<Cached> refresh(int year) {
        CompletableFuture<Cached> running = computing.get(year);
        if (running != null) {
            return running;
        }
        CompletableFuture<Cached> next = new CompletableFuture<>();
        computing.put(year, next);
        computer.execute(() -> {
            try {
                Cached done = compute(year);
                cache.put(year, done);
                next.complete(done);
            } catch (RuntimeException e) {
                next.completeExceptionally(e);
            } finally {
                synchronized (this) {
                    computing.remove(year);
                }
            }
        });
        return next;
    }

    private Cached compute(int year) {
        long v = version.current();
        LocalDate until = attendance.until(year, null);
        return new Cached(v, discipline.sedangRegimeOn(until), Instant.now(), until, attendance.totalsForAll(year, until));
    }

    private SedangRegime regimeOn(int year) {
        return discipline.sedangRegimeOn(attendance.until(year, null));
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // waits for the figures without holding a pooled connection
    public List<Row> recommendations(int year, Sort sort, boolean changedOnly) {
        Map<Long, SanctionBand> reviewed = reviewed(year);
        Comparator<Row> order = switch (sort) {
            case UNEXCUSED_DESC -> Comparator.comparingInt((Row r) -> r.totals().unexcusedDays()).reversed();
            case UNEXCUSED_ASC -> Comparator.comparingInt((Row r) -> r.totals().unexcusedDays());
            case NAME -> Comparator.comparing((Row r) -> r.totals().name(), String.CASE_INSENSITIVE_ORDER);
            case BAND -> Comparator.comparing((Row r) -> r.totals().recommendation().band()).reversed();
        };
        return all(year).stream()
                .filter(t -> t.recommendation().band() != SanctionBand.NONE)
                .map(t -> {
                    SanctionBand last = reviewed.get(t.employeeId());
                    return new Row(t, last, last != t.recommendation().band());
                })
                .filter(r -> !changedOnly || r.changed())
                .sorted(order.thenComparing(r -> r.totals().nip()))
                .toList();
    }

    /** Officials (JPT Pratama, Administrator, Pengawas) whose band is BERAT or whose streak reaches 10 working days. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // waits for the figures without holding a pooled connection
    public List<YearlyAttendance> reliefCandidates(int year) {
        return all(year).stream().filter(YearlyAttendance::official).filter(YearlyAttendance::callsForRelief)
                .sorted(Comparator.comparingInt(YearlyAttendance::unexcusedDays).reversed().thenComparing(YearlyAttendance::nip))
                .toList();
    }

    /** Records the current band of these employees as reviewed. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public int markReviewed(int year, Collection<String> nips) {
        Map<String, YearlyAttendance> byNip = new HashMap<>();
        all(year).forEach(t -> byNip.put(t.nip(), t));
        int n = 0;
        for (String nip : nips) {
            YearlyAttendance t = byNip.get(nip);
            if (t == null) {
                continue;
            }
            n += jdbc.update("""
                    INSERT INTO attendance.band_review (employee_id, year, band, unexcused_days, longest_streak, reviewed_by)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (employee_id, year) DO UPDATE SET band = EXCLUDED.band, unexcused_days = EXCLUDED.unexcused_days,
                        longest_streak = EXCLUDED.longest_streak, reviewed_by = EXCLUDED.reviewed_by, reviewed_at = now()""",
                    t.employeeId(), year, t.recommendation().band().name(), t.unexcusedDays(), t.longestUnexcusedStreak(),
                    CurrentUser.actorName());
        }
        return n;
    }

    private Map<Long, SanctionBand> reviewed(int year) {
        Map<Long, SanctionBand> m = new HashMap<>();
        jdbc.query("SELECT employee_id, band FROM attendance.band_review WHERE year = ?",
                rs -> {
                    m.put(rs.getLong(1), SanctionBand.valueOf(rs.getString(2)));
                }, year);
        return m;
    }
}
