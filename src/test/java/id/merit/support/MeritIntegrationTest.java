package id.merit.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * Full application on a random port against real PostgreSQL: SPRING_DATASOURCE_URL, else a postgres:17 container when
 * Docker is reachable, else the embedded server ({@link TestDatabase}). Every class
 * with this annotation shares one application context, so keep test data unique per test (distinct OPD codes and
 * NIPs) instead of resetting the database. {@link Seed} makes the records many tests need.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UsesTestDatabase
@Import(Seed.class)
public @interface MeritIntegrationTest {
}
