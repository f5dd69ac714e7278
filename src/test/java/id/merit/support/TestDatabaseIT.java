package id.merit.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionEvaluationReport;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The shared integration-test context runs on the database {@link TestDatabase} chose, and only on that one. */
@MeritIntegrationTest
class TestDatabaseIT {

    @Autowired
    ConfigurableApplicationContext context;
    @Autowired
    Environment env;
    @Autowired
    JdbcConnectionDetails connection;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theContextRunsOnTheChosenPostgreSql17() {
        TestDatabase.Kind kind = TestDatabase.Kind.valueOf(env.getRequiredProperty(TestDatabase.CHOICE));
        // the container configuration was imported and its condition decided (on or off) by the choice
        assertThat(ConditionEvaluationReport.get(context.getBeanFactory()).getConditionAndOutcomesBySource().keySet())
                .anyMatch(source -> source.contains(PostgresContainerConfig.class.getSimpleName()));
        String[] containers = context.getBeanNamesForType(PostgreSQLContainer.class);
        boolean embedded = env.getProperty("merit.embedded-db.active", Boolean.class, false);
        switch (kind) {
            case CONTAINER -> {
                assertThat(containers).hasSize(1);
                assertThat(embedded).isFalse();
                assertThat(connection.getJdbcUrl()).isEqualTo(context.getBean(PostgreSQLContainer.class).getJdbcUrl());
            }
            case EMBEDDED -> {
                assertThat(containers).isEmpty();
                assertThat(embedded).isTrue();
                assertThat(connection.getJdbcUrl()).isEqualTo(env.getProperty("spring.datasource.url"));
            }
            case GIVEN_URL -> {
                assertThat(containers).isEmpty();
                assertThat(embedded).isFalse();
            }
        }
        assertThat(jdbc.queryForObject("SHOW server_version_num", Integer.class)).isBetween(170000, 179999);
    }
}
