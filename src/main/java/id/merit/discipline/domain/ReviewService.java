package id.merit.discipline.domain;

import id.merit.discipline.RecommendedAttendance;
import id.merit.discipline.SanctionBand;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.PagedResult;
import id.merit.shared.Role;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final OpdQueries opds;

    ReviewService(RecommendationService recommendations, JdbcTemplate jdbc, OpdQueries opds) {
        this.recommendations = recommendations;
        this.jdbc = jdbc;
        this.opds = opds;
    }

    /**
     * One page of {@link #recommendations(int, Sort, boolean)}, narrowed to an OPD and its sub-units ({@code opdCode}
     * null or blank: every OPD the user may see). An OPD head sees only their OPD and its sub-units: naming another
     * OPD is refused ({@link AccessDeniedProblem}, 403), so a URL cannot widen the list.
     */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // waits for the figures without holding a pooled connection
    public PagedResult<Row> recommendations(int year, Sort sort, boolean changedOnly, String opdCode, int page, int size) {
        Set<Long> units = units(opdCode);
        List<Row> rows = recommendations(year, sort, changedOnly, units);
        return page(rows, page, size);
    }

    /** One page of {@link #reliefCandidates(int)}, narrowed like {@link #recommendations(int, Sort, boolean, String, int, int)}. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // waits for the figures without holding a pooled connection
    public PagedResult<RecommendedAttendance> reliefCandidates(int year, String opdCode, int page, int size) {
        Set<Long> units = units(opdCode);
        return page(reliefCandidates(year).stream().filter(r -> units == null || units.contains(r.totals().opdId())).toList(), page, size);
    }

    /** The OPDs the user may filter by, in tree order: every OPD for BKPSDM and the regent, an OPD head's own sub-tree. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
    public List<OpdView> opdChoices() {
        Set<Long> own = own();
        return opds.tree().stream().filter(o -> own == null || own.contains(o.id())).toList();
    }

    /** The OPD ids a list is narrowed to (null: no narrowing), within the user's scope. */
    private Set<Long> units(String opdCode) {
        Set<Long> own = own();
        if (opdCode == null || opdCode.isBlank()) {
            return own;
        }
        Set<Long> chosen = opds.subtreeIds(opdCode.trim());
        if (chosen.isEmpty()) {
            throw new NotFoundProblem("discipline.rec.error.opd", opdCode.trim());
        }
        if (own != null && !own.containsAll(chosen)) {
            throw new AccessDeniedProblem("OPD outside scope");
        }
        return chosen;
    }

    /** An OPD head's OPD and its sub-units; null for the roles that see every OPD. */
    private Set<Long> own() {
        CurrentUser u = CurrentUser.require();
        if (u.role() != Role.OPD_HEAD) {
            return null;
        }
        return u.opdCode() == null ? Set.of() : opds.subtreeIds(u.opdCode());
    }

    private static <T> PagedResult<T> page(List<T> all, int page, int size) {
        int s = Math.max(size, 1);
        int last = Math.max(0, (all.size() - 1) / s);
        int p = Math.min(Math.max(page, 0), last);
        return new PagedResult<>(all.subList(Math.min(p * s, all.size()), Math.min((p + 1) * s, all.size())), p, s, all.size());
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    @Transactional(propagation = Propagation.NOT_SUPPORTED) // waits for the figures without holding a pooled connection
    public List<Row> recommendations(int year, Sort sort, boolean changedOnly) {
        return recommendations(year, sort, changedOnly, null);
    }

    private List<Row> recommendations(int year, Sort sort, boolean changedOnly, Set<Long> units) {
        Map<Long, SanctionBand> reviewed = reviewed(year);
        Comparator<Row> order = switch (sort) {
            case UNEXCUSED_DESC -> Comparator.comparingInt((Row r) -> r.rec().totals().unexcusedDays()).reversed();
            case UNEXCUSED_ASC -> Comparator.comparingInt((Row r) -> r.rec().totals().unexcusedDays());
            case NAME -> Comparator.comparing((Row r) -> r.rec().totals().name(), String.CASE_INSENSITIVE_ORDER);
            case BAND -> Comparator.comparing((Row r) -> r.rec().recommendation().band()).reversed();
        };
        return recommendations.all(year).stream()
                .filter(t -> t.recommendation().band() != SanctionBand.NONE)
                .filter(t -> units == null || units.contains(t.totals().opdId()))
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
        return recommendations.officialsToRelieve(year);
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
