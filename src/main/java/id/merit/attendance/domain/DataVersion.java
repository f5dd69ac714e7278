package id.merit.attendance.domain;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A counter in the database, bumped in the same transaction as every change that moves attendance figures, so that
 * computed totals can be cached by any instance and dropped when the data change.
 */
@Component
public class DataVersion {
    private final JdbcTemplate jdbc;

    DataVersion(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void bump() {
        jdbc.update("UPDATE attendance.data_version SET version = version + 1 WHERE id = 1");
    }

    public long current() {
        Long v = jdbc.queryForObject("SELECT version FROM attendance.data_version WHERE id = 1", Long.class);
        return v == null ? 0 : v;
    }
}
