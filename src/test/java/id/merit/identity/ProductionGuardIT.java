package id.merit.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.merit.MeritApplication;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Outside demo mode Merit must not start without an administrator password, nor with the published demo password.
 * Each start uses its own fresh embedded PostgreSQL (a distinct port), so the shared test database is untouched.
 */
class ProductionGuardIT {

    @Test
    void refusesToStartWithoutAdministratorPassword() throws Exception {
        assertThatThrownBy(() -> start("--merit.admin.password=")).hasStackTraceContaining("MERIT_ADMIN_PASSWORD is not set");
    }

    @Test
    void refusesTheDemoPasswordOutsideDemoMode() throws Exception {
        assertThatThrownBy(() -> start("--merit.admin.password=Merit#Demo2026")).hasStackTraceContaining("demo password");
    }

    private static void start(String adminPassword) throws Exception {
        int dbPort;
        try (ServerSocket s = new ServerSocket(0)) {
            dbPort = s.getLocalPort();
        }
        new SpringApplicationBuilder(MeritApplication.class)
                .run("--spring.datasource.url=", "--merit.embedded-db.data-dir=", "--merit.embedded-db.port=" + dbPort,
                        "--merit.demo.enabled=false", "--server.port=0", adminPassword)
                .close();
    }
}
