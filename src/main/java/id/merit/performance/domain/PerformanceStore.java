package id.merit.performance.domain;

import id.merit.performance.PerformanceQueries;
import id.merit.performance.PerformanceRecord;
import id.merit.performance.SkpPeriod;
import id.merit.performance.SkpPredicate;
import id.merit.performance.SkpRating;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The stored SKP evaluations, read for other modules. */
@Service
@Transactional(readOnly = true)
public class PerformanceStore implements PerformanceQueries {

    private static final String SELECT = """
            SELECT e.nip, v.year, v.period, v.results_rating, v.behaviour_rating, v.predicate
              FROM performance.evaluation v JOIN employee.employee e ON e.id = v.employee_id
            """;
    private final JdbcTemplate jdbc;

    PerformanceStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<PerformanceRecord> annual(String nip, int year) {
        return jdbc.query(SELECT + " WHERE e.nip = ? AND v.year = ? AND v.period = 'ANNUAL'", PerformanceStore::record, nip, year)
                .stream().findFirst();
    }

    @Override
    public List<PerformanceRecord> forEmployee(String nip) {
        return jdbc.query(SELECT + " WHERE e.nip = ? ORDER BY v.year DESC, v.period", PerformanceStore::record, nip);
    }

    @Override
    public Map<String, List<PerformanceRecord>> forEmployees(java.util.Collection<String> nips) {
        return jdbc.query(SELECT + " WHERE e.nip = ANY(?) ORDER BY v.year DESC, v.period", PerformanceStore::record,
                (Object) nips.toArray(String[]::new)).stream().collect(java.util.stream.Collectors.groupingBy(PerformanceRecord::nip));
    }

    @Override
    public Map<String, SkpPredicate> annualPredicates(int year) {
        Map<String, SkpPredicate> byNip = new HashMap<>();
        jdbc.query("""
                SELECT e.nip, v.predicate FROM performance.evaluation v JOIN employee.employee e ON e.id = v.employee_id
                 WHERE v.year = ? AND v.period = 'ANNUAL'
                """, rs -> {
            byNip.put(rs.getString(1), SkpPredicate.valueOf(rs.getString(2)));
        }, year);
        return byNip;
    }

    @Override
    public Map<SkpPredicate, Long> annualPredicateCountsOfAsn(int year) {
        Map<SkpPredicate, Long> counts = new java.util.EnumMap<>(SkpPredicate.class);
        jdbc.query("""
                SELECT v.predicate, count(*) FROM performance.evaluation v JOIN employee.employee e ON e.id = v.employee_id
                 WHERE v.year = ? AND v.period = 'ANNUAL' AND e.employee_type IN ('PNS','CPNS','PPPK','PPPK_PARUH_WAKTU')
                 GROUP BY v.predicate
                """, rs -> {
            counts.put(SkpPredicate.valueOf(rs.getString(1)), rs.getLong(2));
        }, year);
        return counts;
    }

    @Override
    public boolean anyRecorded() {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM performance.evaluation)", Boolean.class));
    }

    static PerformanceRecord record(ResultSet rs, int row) throws SQLException {
        String results = rs.getString("results_rating");
        String behaviour = rs.getString("behaviour_rating");
        return new PerformanceRecord(rs.getString("nip"), rs.getInt("year"), SkpPeriod.valueOf(rs.getString("period")),
                results == null ? null : SkpRating.valueOf(results), behaviour == null ? null : SkpRating.valueOf(behaviour),
                SkpPredicate.valueOf(rs.getString("predicate")));
    }
}
