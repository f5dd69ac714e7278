package id.merit.system;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one {@link Clock} of the application, in the instance's zone ({@code merit.time-zone}): every "today" and every
 * timestamp Merit writes comes from it, so a test can fix the date and nothing reads the machine's zone
 * ({@code ArchitectureTests.nothingReadsTheSystemClock}).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    @Bean
    Clock clock(@Value("${merit.time-zone:Asia/Jakarta}") String zone) {
        return Clock.system(ZoneId.of(zone));
    }
}
