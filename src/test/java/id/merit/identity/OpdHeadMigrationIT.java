package id.merit.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.support.MeritIntegrationTest;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V202612041300 converts existing accounts: each OPD head gets the id of the OPD its code named (codes matched
 * without regard to case); a head whose code named no OPD is disabled, not dropped. Runs on a fresh database of the
 * test server, migrated to the version before, filled, then migrated on.
 */
@MeritIntegrationTest
class OpdHeadMigrationIT {

    @Autowired
    JdbcTemplate jdbc;
    /** The test server's connection (from spring.datasource.* or a container's @ServiceConnection). */
    @Autowired
    JdbcConnectionDetails connection;

    @Test
    void existingOpdHeadsAreBoundToTheirOpdsId() {
        String db = "merit_mig_" + System.nanoTime() % 1_000_000;
        jdbc.execute("CREATE DATABASE " + db);
        String dbUrl = connection.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + db + "$1");
        try {
            migrateAndCheck(new DriverManagerDataSource(dbUrl, connection.getUsername(),
                    connection.getPassword() == null ? "" : connection.getPassword()));
        } finally {
            jdbc.execute("DROP DATABASE IF EXISTS " + db);
        }
    }

    private void migrateAndCheck(DriverManagerDataSource ds) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("202611231300").load().migrate();
        JdbcTemplate old = new JdbcTemplate(ds);
        old.update("INSERT INTO orgunit.opd (code, name, kind) VALUES ('DINKES', 'Dinas Kesehatan', 'DINAS'), ('BKD', 'Badan', 'BADAN')");
        old.update("INSERT INTO identity.app_user (username, password_hash, role, opd_code) VALUES "
                + "('kadinkes', 'x', 'OPD_HEAD', 'dinkes'), ('kabkd', 'x', 'OPD_HEAD', 'BKD'), ('yatim', 'x', 'OPD_HEAD', 'HILANG'), "
                + "('admin', 'x', 'ADMIN', NULL)");

        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();

        Map<String, Object> kadinkes = old.queryForMap("SELECT u.opd_id, o.code, u.enabled FROM identity.app_user u "
                + "LEFT JOIN orgunit.opd o ON o.id = u.opd_id WHERE username = 'kadinkes'");
        assertThat(kadinkes).containsEntry("code", "DINKES").containsEntry("enabled", true);
        assertThat(old.queryForObject("SELECT o.code FROM identity.app_user u JOIN orgunit.opd o ON o.id = u.opd_id "
                + "WHERE username = 'kabkd'", String.class)).isEqualTo("BKD");
        assertThat(old.queryForMap("SELECT opd_id, enabled FROM identity.app_user WHERE username = 'yatim'"))
                .containsEntry("opd_id", null).containsEntry("enabled", false);
        assertThat(old.queryForMap("SELECT opd_id, enabled FROM identity.app_user WHERE username = 'admin'"))
                .containsEntry("opd_id", null).containsEntry("enabled", true);
        // the old text column is gone; an enabled head without an OPD is refused by the database
        assertThat(old.queryForObject("SELECT count(*) FROM information_schema.columns WHERE table_schema = 'identity' "
                + "AND table_name = 'app_user' AND column_name = 'opd_code'", Integer.class)).isZero();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> old.update(
                "INSERT INTO identity.app_user (username, password_hash, role) VALUES ('kosong', 'x', 'OPD_HEAD')"))
                .hasMessageContaining("app_user_opd_head_needs_opd");
    }
}
