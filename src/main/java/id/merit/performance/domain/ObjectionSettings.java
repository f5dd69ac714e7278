package id.merit.performance.domain;

import id.merit.performance.rules.ObjectionPolicy;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The objection window and the follow-up's improvement time as configured ({@code merit.performance.objection-days},
 * {@code merit.performance.improvement-months}); the defaults are {@link ObjectionPolicy#DEFAULTS}.
 */
@Component
public class ObjectionSettings {

    private final ObjectionPolicy.Parameters parameters;

    ObjectionSettings(@Value("${merit.performance.objection-days:14}") int objectionDays,
                      @Value("${merit.performance.improvement-months:6}") int improvementMonths) {
        ObjectionPolicy.Parameters d = ObjectionPolicy.DEFAULTS;
        this.parameters = objectionDays == d.objectionDays() && improvementMonths == d.improvementMonths() ? d
                : new ObjectionPolicy.Parameters(objectionDays, improvementMonths, LocalDate.of(2019, 4, 30),
                        d.basis() + " (merit.performance.*)");
    }

    public ObjectionPolicy.Parameters parameters() {
        return parameters;
    }
}
