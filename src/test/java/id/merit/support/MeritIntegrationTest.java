package id.merit.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Full application on a random port against real PostgreSQL (embedded, or SPRING_DATASOURCE_URL). Every class
 * with this annotation shares one application context, so keep test data unique per test (distinct OPD codes and
 * NIPs) instead of resetting the database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public @interface MeritIntegrationTest {
}
