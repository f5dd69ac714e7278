package id.merit.discipline.domain;

import id.merit.discipline.RecommendedAttendance;
import id.merit.discipline.SanctionBand;
import id.merit.shared.CurrentUser;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sanction recommendations for BKPSDM and the regent: everyone whose attendance calls for a punishment, whether the
 * band changed since it was last reviewed (a snapshot per employee and year), and the officials whose absence makes a
 * berat punishment likely (seed 000: the regent's list of frequently absent officials). That list leads to the
 * procedure — open the case, examine, and relieve the official from the examination until the decision (PP 94/2021
 * Pasal 31) — never to a relief without a case. Everyone's figures come from {@link RecommendationService}'s cache.
 */
@Service
@Transactional(readOnly = true)
public class ReviewService {

    /** A recommendation with the band last reviewed (null: never reviewed). */
    public record Row(RecommendedAttendance rec, SanctionBand reviewedBand, boolean changed) {
    }

    /** Sort orders of the list. */
    public enum Sort { UNEXCUSED_DESC, UNEXCUSED_ASC, NAME, BAND }

    private final RecommendationService recommendations;
    private final JdbcTemplate jdbc;

    ReviewService(RecommendationService recommendations, JdbcTemplate jdbc) {
        this.recommendations = recommendations;
        this.jdbc = jdbc;
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // waits for the figures without holding a pooled connection
    public List<Row> recommendations(int year, Sort sort, boolean changedOnly) {
        Map<Long, SanctionBand> reviewed = reviewed(year);
        Comparator<Row> order = switch (sort) {
            case UNEXCUSED_DESC -> Comparator.comparingInt((Row r) -> r.rec().totals().unexcusedDays()).reversed();
            case UNEXCUSED_ASC -> Comparator.comparingInt((Row r) -> r.rec().totals().unexcusedDays());
            case NAME -> Comparator.comparing((Row r) -> r.rec().totals().name(), String.CASE_INSENSITIVE_ORDER);
            case BAND -> Comparator.comparing((Row r) -> r.rec().recommendation().band()).reversed();
        };
        return recommendations.all(year).stream()
                .filter(t -> t.recommendation().band() != SanctionBand.NONE)
                .map(t -> {
                    SanctionBand last = reviewed.get(t.totals().employeeId());
                    return new Row(t, last, last != t.recommendation().band());
                })
                .filter(r -> !changedOnly || r.changed())
                .sorted(order.thenComparing(r -> r.rec().totals().nip()))
                .toList();
    }

    /** Officials (JPT Pratama, Administrator, Pengawas) whose band is BERAT or whose streak reaches 10 working days. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // waits for the figures without holding a pooled connection
    public List<RecommendedAttendance> reliefCandidates(int year) {
        return recommendations.all(year).stream().filter(RecommendedAttendance::official).filter(RecommendedAttendance::berat)
                .sorted(Comparator.comparingInt((RecommendedAttendance r) -> r.totals().unexcusedDays()).reversed()
                        .thenComparing(r -> r.totals().nip()))
                .toList();
    }

    /** Records the current band of these employees as reviewed. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public int markReviewed(int year, Collection<String> nips) {
        Map<String, RecommendedAttendance> byNip = new HashMap<>();
        recommendations.all(year).forEach(t -> byNip.put(t.totals().nip(), t));
        int n = 0;
        for (String nip : nips) {
            RecommendedAttendance r = byNip.get(nip);
            if (r == null) {
                continue;
            }
            n += jdbc.update("""
                    INSERT INTO discipline.band_review (employee_id, year, band, unexcused_days, longest_streak, reviewed_by)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (employee_id, year) DO UPDATE SET band = EXCLUDED.band, unexcused_days = EXCLUDED.unexcused_days,
                        longest_streak = EXCLUDED.longest_streak, reviewed_by = EXCLUDED.reviewed_by, reviewed_at = now()""",
                    r.totals().employeeId(), year, r.recommendation().band().name(), r.totals().unexcusedDays(),
                    r.totals().longestUnexcusedStreak(), CurrentUser.actorName());
        }
        return n;
    }

    private Map<Long, SanctionBand> reviewed(int year) {
        Map<Long, SanctionBand> m = new HashMap<>();
        jdbc.query("SELECT employee_id, band FROM discipline.band_review WHERE year = ?",
                rs -> {
                    m.put(rs.getLong(1), SanctionBand.valueOf(rs.getString(2)));
                }, year);
        return m;
    }
}
