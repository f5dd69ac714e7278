package id.merit.discipline.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * "Today" for the discipline workflow: the application's {@link Clock} bean when there is one (tests fix it there),
 * otherwise the system clock in the instance's zone ({@code merit.time-zone}). Never {@code LocalDate.now()}.
 */
@Component
public class DisciplineClock {
    private final Clock clock;

    @Autowired
    DisciplineClock(ObjectProvider<Clock> clocks, @Value("${merit.time-zone:Asia/Jakarta}") String zone) {
        this.clock = clocks.getIfUnique(() -> Clock.system(ZoneId.of(zone)));
    }

    public DisciplineClock(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
