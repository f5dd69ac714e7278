package id.merit.performance.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes SKP evaluations (inside the caller's transaction). */
@Component
class PerformanceWriter {

    private final JdbcTemplate jdbc;

    PerformanceWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores an imported row under its key; true when a row was created or changed, false when it was already so or when
     * the stored rating is under objection (left as it is).
     */
    boolean upsertImported(PerformanceRowParser.Row row) {
        int n = jdbc.update("""
                INSERT INTO performance.evaluation AS v (employee_id, year, period, results_rating, behaviour_rating, predicate, source)
                SELECT e.id, ?, ?, ?, ?, ?, 'IMPORT' FROM employee.employee e WHERE e.nip = ?
                ON CONFLICT (employee_id, year, period) DO UPDATE
                   SET results_rating = EXCLUDED.results_rating, behaviour_rating = EXCLUDED.behaviour_rating,
                       predicate = EXCLUDED.predicate, source = 'IMPORT', updated_at = now(), version = v.version + 1
                 WHERE (v.results_rating, v.behaviour_rating, v.predicate)
                       IS DISTINCT FROM (EXCLUDED.results_rating, EXCLUDED.behaviour_rating, EXCLUDED.predicate)
                   -- PP 30/2019 Ps 59(4): a rating under objection is the superior's to change, and final once decided
                   AND NOT EXISTS (SELECT 1 FROM performance.objection o WHERE o.evaluation_id = v.id)
                """, row.year(), row.period().name(), name(row.results()), name(row.behaviour()),
                row.predicate().name(), row.nip());
        return n > 0;
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
