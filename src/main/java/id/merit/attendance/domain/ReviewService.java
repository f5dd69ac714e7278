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
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
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

    ReviewService(AttendanceService attendance, DataVersion version, JdbcTemplate jdbc, DisciplineSettings discipline) {
        this.discipline = discipline;
        this.attendance = attendance;
        this.version = version;
        this.jdbc = jdbc;
    }

    /** Yearly totals of everyone (counted to the earlier of today and 31 December), from the cache when current. */
    List<YearlyAttendance> all(int year) {
        long v = version.current();
        LocalDate until = attendance.until(year, null);
        SedangRegime regime = discipline.sedangRegimeOn(until);
        Cached c = cache.get(year);
        if (c == null || c.version() != v || c.regime() != regime || !c.until().equals(until) || c.at().plus(Duration.ofMinutes(TTL_MINUTES)).isBefore(Instant.now())) {
            c = new Cached(v, regime, Instant.now(), until, attendance.totalsForAll(year, until));
            cache.put(year, c);
        }
        return c.totals();
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
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
