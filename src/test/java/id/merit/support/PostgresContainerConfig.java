package id.merit.support;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The {@value TestDatabase#IMAGE} container, when {@link TestDatabase} chose it: its {@code @ServiceConnection} gives the
 * data source and Flyway their connection. One container serves every context of the JVM (as the embedded server
 * does); Spring starts it with the first context and stops it when the contexts close at the end of the run.
 */
@TestConfiguration(proxyBeanMethods = false)
@ConditionalOnProperty(name = TestDatabase.CHOICE, havingValue = "CONTAINER")
class PostgresContainerConfig {

    private static PostgreSQLContainer shared;

    @Bean
    @ServiceConnection
    PostgreSQLContainer postgres() {
        return container();
    }

    /** The JVM's container; a new one if a closed context stopped the previous one. */
    private static synchronized PostgreSQLContainer container() {
        if (shared == null || shared.getContainerId() != null && !shared.isRunning()) {
            shared = new PostgreSQLContainer(DockerImageName.parse(TestDatabase.IMAGE))
                    .withCommand("postgres", "-c", "max_connections=200", "-c", "timezone=UTC");
        }
        return shared;
    }
}
