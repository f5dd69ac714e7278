package id.merit.performance.domain;

import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.performance.ComplianceQueries;
import id.merit.performance.ComplianceRow;
import id.merit.performance.ComplianceStatus;
import id.merit.performance.rules.ComplianceClassifier;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SKP compliance per OPD (issue 12 item 6), set-based: one query counts, for every OPD with its sub-units (the scope
 * an OPD head rates), the ASN staff due an ANNUAL evaluation of the year ({@link RatingService#rateable}: PNS, CPNS,
 * PPPK, PPPK Paruh Waktu), those with one (any source), those first recorded after the OPD's deadline, and names the
 * head: the enabled OPD_HEAD account bound to the OPD, else the holder of the OPD's top post.
 * The status is {@link ComplianceClassifier}'s.
 */
@Service
@Transactional(readOnly = true)
public class ComplianceService implements ComplianceQueries {

    /** Kept in step with {@link RatingService#rateable}. */
    static final String ASN_TYPES = "('PNS','CPNS','PPPK','PPPK_PARUH_WAKTU')";

    private static final String COUNTS = """
            WITH RECURSIVE sub (root_id, opd_id) AS (
                SELECT id, id FROM orgunit.opd WHERE ?::bigint IS NULL OR id = ?
                UNION ALL
                SELECT s.root_id, c.id FROM sub s JOIN orgunit.opd c ON c.parent_id = s.opd_id
            ),
            p AS (SELECT id, deadline FROM performance.period WHERE year = ? AND kind = 'ANNUAL'),
            ext AS (SELECT DISTINCT ON (d.opd_id) d.opd_id, d.deadline FROM performance.opd_deadline d JOIN p ON p.id = d.period_id
                     ORDER BY d.opd_id, d.id DESC),
            dl AS (SELECT o.id AS opd_id, COALESCE(ext.deadline, p.deadline) AS deadline, ext.opd_id IS NOT NULL AS extended
                     FROM orgunit.opd o LEFT JOIN ext ON ext.opd_id = o.id LEFT JOIN p ON TRUE),
            counts AS (
                SELECT s.root_id, count(*) AS due, count(v.id) AS rated,
                       count(v.id) FILTER (WHERE (v.rated_at AT TIME ZONE ?)::date > dl.deadline) AS late
                  FROM sub s
                  JOIN employee.employee e ON e.opd_id = s.opd_id AND e.employee_type IN %s
                  JOIN dl ON dl.opd_id = s.root_id
                  LEFT JOIN performance.evaluation v ON v.employee_id = e.id AND v.year = ? AND v.period = 'ANNUAL'
                                                  AND v.returned_at IS NULL   -- returned for correction: not submitted
                 GROUP BY s.root_id
            )
            SELECT o.id, COALESCE(c.due, 0) AS due, COALESCE(c.rated, 0) AS rated, COALESCE(c.late, 0) AS late,
                   dl.deadline, dl.extended, COALESCE(acc.name, holder.name) AS head
              FROM orgunit.opd o
              JOIN dl ON dl.opd_id = o.id
              LEFT JOIN counts c ON c.root_id = o.id
              LEFT JOIN LATERAL (SELECT COALESCE(u.display_name, u.username) AS name FROM identity.app_user u
                                  WHERE u.role = 'OPD_HEAD' AND u.enabled AND u.opd_id = o.id ORDER BY u.id LIMIT 1) acc ON TRUE
              LEFT JOIN LATERAL (SELECT e.name FROM orgunit.post pt
                                   JOIN employee.position_history ph ON ph.post_code = pt.code AND ph.end_date IS NULL
                                   JOIN employee.employee e ON e.id = ph.employee_id
                                  WHERE pt.opd_id = o.id AND pt.retired_on IS NULL
                                    AND (pt.superior_id IS NULL OR NOT EXISTS
                                         (SELECT 1 FROM orgunit.post sp WHERE sp.id = pt.superior_id AND sp.opd_id = o.id))
                                  ORDER BY ph.start_date DESC LIMIT 1) holder ON TRUE
             WHERE ?::bigint IS NULL OR o.id = ?
            """.formatted(ASN_TYPES);

    /** One missing evaluation of the drill-down. */
    public record Missing(String nip, String name, String employeeType, String opdCode, String opdName, String positionName) {
    }

    private final JdbcTemplate jdbc;
    private final OpdQueries opds;
    private final Clock clock;

    ComplianceService(JdbcTemplate jdbc, OpdQueries opds, Clock clock) {
        this.jdbc = jdbc;
        this.opds = opds;
        this.clock = clock;
    }

    @Override
    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    private record Counts(int due, int rated, int late, LocalDate deadline, boolean extended, String head) {
    }

    /** The counts of every OPD for a year, as of the change number {@code change}, computed at {@code nanos}. */
    private record Cached(long change, long nanos, Map<Long, Counts> counts) {
    }

    /**
     * How long cached counts are used while no change was recorded: bounds what a cache filled during another
     * transaction's uncommitted write can miss (see V202612060020).
     */
    static final Duration CACHE_TTL = Duration.ofSeconds(30);

    /** At most this many years are cached at once. */
    static final int CACHED_YEARS = 8;

    private final Map<Integer, Cached> cache = new ConcurrentHashMap<>();

    /** Every OPD in tree order with its compliance for the ANNUAL evaluation of {@code year}. */
    public List<ComplianceRow> all(int year) {
        LocalDate today = LocalDate.now(clock);
        Map<Long, Counts> counts = allCounts(year);
        List<ComplianceRow> rows = new ArrayList<>();
        for (OpdView o : opds.tree()) {
            Counts c = counts.get(o.id());
            if (c != null) {
                rows.add(row(o, c, today));
            }
        }
        return rows;
    }

    /** One OPD's row of {@link #all}, counted for that OPD alone (the OPD head's workspace and landing page). */
    @Override
    public Optional<ComplianceRow> forOpd(int year, String opdCode) {
        Optional<OpdView> opd = opdCode == null ? Optional.empty() : opds.byCode(opdCode);
        return opd.flatMap(o -> {
            Cached cached = fresh(year, change());
            Map<Long, Counts> counts = cached != null ? cached.counts() : counts(year, o.id());
            return Optional.ofNullable(counts.get(o.id())).map(c -> row(o, c, LocalDate.now(clock)));
        });
    }

    /**
     * The counts of every OPD (issue 12 item 10): one pass over the year's ASN staff and evaluations, kept until the
     * data it reads change (the sequence the triggers of V202612060020 advance) or {@link #CACHE_TTL} passes.
     */
    private Map<Long, Counts> allCounts(int year) {
        long change = change();
        Cached cached = fresh(year, change);
        if (cached != null) {
            return cached.counts();
        }
        Map<Long, Counts> counts = Map.copyOf(counts(year, null));
        if (cache.size() >= CACHED_YEARS) {
            cache.clear();   // any year can be asked for in the URL: keep a few, never one per request
        }
        cache.put(year, new Cached(change, System.nanoTime(), counts));
        return counts;
    }

    private Cached fresh(int year, long change) {
        Cached c = cache.get(year);
        return c != null && c.change() == change && System.nanoTime() - c.nanos() < CACHE_TTL.toNanos() ? c : null;
    }

    private long change() {
        return jdbc.queryForObject("SELECT last_value FROM performance.compliance_change", Long.class);
    }

    /** The counts per OPD id, of every OPD ({@code opdId} null) or of one. */
    private Map<Long, Counts> counts(int year, Long opdId) {
        Map<Long, Counts> counts = new HashMap<>();
        jdbc.query(COUNTS, rs -> {
            counts.put(rs.getLong("id"), new Counts(rs.getInt("due"), rs.getInt("rated"), rs.getInt("late"),
                    rs.getObject("deadline", LocalDate.class), rs.getBoolean("extended"), rs.getString("head")));
        }, opdId, opdId, year, clock.getZone().getId(), year, opdId, opdId);
        return counts;
    }

    private static ComplianceRow row(OpdView o, Counts c, LocalDate today) {
        ComplianceStatus status = ComplianceClassifier.status(c.due(), c.rated(), c.deadline(), today);
        return new ComplianceRow(o.id(), o.code(), o.name(), o.depth(), c.head(), c.due(), c.rated(),
                ComplianceClassifier.missing(c.due(), c.rated()), c.late(), c.deadline(), c.extended(),
                c.deadline() == null ? null : ComplianceClassifier.daysLeft(c.deadline(), today), status);
    }

    @Override
    public List<ComplianceRow> neglected(int year) {
        return all(year).stream().filter(ComplianceRow::neglect).toList();
    }

    /** The ASN staff of the OPD and its sub-units without an ANNUAL evaluation of {@code year}, by name (at most {@code limit}). */
    public List<Missing> missing(int year, long opdId, int limit) {
        return jdbc.query("""
                WITH RECURSIVE sub (opd_id) AS (
                    SELECT ?::bigint UNION ALL SELECT c.id FROM sub s JOIN orgunit.opd c ON c.parent_id = s.opd_id
                )
                SELECT e.nip, e.name, e.employee_type, o.code, o.name AS opd_name, e.position_name
                  FROM sub JOIN employee.employee e ON e.opd_id = sub.opd_id AND e.employee_type IN %s
                  JOIN orgunit.opd o ON o.id = e.opd_id
                 WHERE NOT EXISTS (SELECT 1 FROM performance.evaluation v WHERE v.employee_id = e.id AND v.year = ? AND v.period = 'ANNUAL'
                                      AND v.returned_at IS NULL)
                 ORDER BY e.name, e.nip LIMIT ?
                """.formatted(ASN_TYPES), (rs, i) -> new Missing(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6)), opdId, year, limit);
    }
}
