package id.merit.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The context's PostgreSQL is chosen by {@link TestDatabase} (given URL, a Docker container, or embedded). Every
 * {@code @SpringBootTest} that needs the database carries it ({@link MeritIntegrationTest} does); a context without it
 * always uses the given URL or the embedded server.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@TestPropertySource(properties = TestDatabase.MANAGED + "=true")
@Import(PostgresContainerConfig.class)
public @interface UsesTestDatabase {
}
