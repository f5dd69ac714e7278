package id.merit.support;

import java.util.function.BooleanSupplier;
import org.springframework.util.StringUtils;
import org.testcontainers.DockerClientFactory;

/**
 * Which PostgreSQL the integration tests run on (conventions.md, "Database: PostgreSQL everywhere"):
 * <ol>
 *   <li>{@code spring.datasource.url} set (SPRING_DATASOURCE_URL, e.g. on CI) → that server;</li>
 *   <li>otherwise a reachable Docker engine → a {@value #IMAGE} container through {@code @ServiceConnection}
 *       ({@link PostgresContainerConfig});</li>
 *   <li>otherwise → the embedded server ({@code system.db.EmbeddedDatabaseEnvironment}), as before.</li>
 * </ol>
 * Chosen by {@link TestDatabaseEnvironment} for every context of a class marked {@link UsesTestDatabase}
 * ({@link MeritIntegrationTest} is), and logged once.
 */
public final class TestDatabase {

    public static final String IMAGE = "postgres:17";
    /** Set by {@link UsesTestDatabase}: this context's database is chosen here. */
    static final String MANAGED = "merit.test-db.managed";
    /** The {@link Kind} chosen for the context, read by {@link PostgresContainerConfig}'s condition. */
    static final String CHOICE = "merit.test-db.choice";

    public enum Kind { GIVEN_URL, CONTAINER, EMBEDDED }

    /** The database chosen and why, for the one log line. */
    public record Choice(Kind kind, String reason) {
        public String describe() {
            return switch (kind) {
                case GIVEN_URL -> "Integration tests run on the PostgreSQL server given by spring.datasource.url (" + reason + ")";
                case CONTAINER -> "Integration tests run on a " + IMAGE + " Testcontainers container (" + reason + ")";
                case EMBEDDED -> "Integration tests run on the embedded PostgreSQL (" + reason + ")";
            };
        }
    }

    private TestDatabase() {
    }

    /**
     * The choice for a context whose {@code spring.datasource.url} is {@code datasourceUrl}; {@code docker} is asked only
     * when no URL is given, and a probe that throws counts as no Docker.
     */
    static Choice choose(String datasourceUrl, BooleanSupplier docker) {
        if (StringUtils.hasText(datasourceUrl)) {
            return new Choice(Kind.GIVEN_URL, "SPRING_DATASOURCE_URL / spring.datasource.url is set");
        }
        boolean available;
        String failure = null;
        try {
            available = docker.getAsBoolean();
        } catch (RuntimeException | LinkageError e) {
            available = false;
            failure = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        if (available) {
            return new Choice(Kind.CONTAINER, "a Docker engine is reachable and no spring.datasource.url is set");
        }
        return new Choice(Kind.EMBEDDED, failure == null ? "no Docker engine is reachable and no spring.datasource.url is set"
                : "the Docker check failed (" + failure + ") and no spring.datasource.url is set");
    }

    /** Testcontainers' own check of the Docker environment (it does not throw; guarded anyway). */
    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
