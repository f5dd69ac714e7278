package id.merit.support;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.logging.Log;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.logging.DeferredLogFactory;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Applies {@link TestDatabase}'s choice to a test context marked {@link UsesTestDatabase}, before the embedded server would
 * be started (it runs just ahead of {@code system.db.EmbeddedDatabaseEnvironment}): with a container the embedded server
 * is switched off ({@code merit.embedded-db.enabled=false}) and {@link PostgresContainerConfig} takes over. Docker is
 * asked once per JVM, and the choice is logged once (INFO). Registered in the tests' {@code META-INF/spring.factories};
 * applications the tests start themselves (no marker) keep their own settings.
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor, Ordered {

    private static final AtomicBoolean LOGGED = new AtomicBoolean();
    private static Boolean docker; // asked once per JVM; guarded by the class

    private final Log log;

    public TestDatabaseEnvironment(DeferredLogFactory logs) {
        this.log = logs.getLog(TestDatabaseEnvironment.class);
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment env, SpringApplication application) {
        if (!env.getProperty(TestDatabase.MANAGED, Boolean.class, false)) {
            return;
        }
        TestDatabase.Choice choice = TestDatabase.choose(env.getProperty("spring.datasource.url"), TestDatabaseEnvironment::docker);
        if (LOGGED.compareAndSet(false, true)) {
            log.info(choice.describe());
        }
        env.getPropertySources().addFirst(new MapPropertySource("merit-test-db", properties(choice)));
    }

    /** What the context's environment gets for {@code choice}. */
    static Map<String, Object> properties(TestDatabase.Choice choice) {
        Map<String, Object> props = new HashMap<>();
        props.put(TestDatabase.CHOICE, choice.kind().name());
        if (choice.kind() == TestDatabase.Kind.CONTAINER) {
            props.put("merit.embedded-db.enabled", "false");
        }
        return props;
    }

    private static synchronized boolean docker() {
        if (docker == null) {
            docker = TestDatabase.dockerAvailable();
        }
        return docker;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 1; // before EmbeddedDatabaseEnvironment (LOWEST_PRECEDENCE)
    }
}
