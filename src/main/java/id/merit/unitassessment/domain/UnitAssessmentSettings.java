package id.merit.unitassessment.domain;

import id.merit.unitassessment.rules.Aspect;
import id.merit.unitassessment.rules.UnitAssessmentParameters;
import java.time.LocalDate;
import java.util.EnumMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The unit assessment's rule set from application properties ({@code merit.unit-assessment.*}); without them the
 * defaults of {@link UnitAssessmentParameters#defaults()}: equal weights, an even discipline split. Invalid numbers
 * stop the start with the property named.
 */
@Configuration
class UnitAssessmentSettings {

    @Bean
    UnitAssessmentParameters unitAssessmentParameters(
            @Value("${merit.unit-assessment.rule-set:" + UnitAssessmentParameters.DEFAULT_NAME + "}") String name,
            @Value("${merit.unit-assessment.effective-from:2026-01-01}") LocalDate effectiveFrom,
            @Value("${merit.unit-assessment.weight.performance:20}") int performance,
            @Value("${merit.unit-assessment.weight.discipline:20}") int discipline,
            @Value("${merit.unit-assessment.weight.innovation:20}") int innovation,
            @Value("${merit.unit-assessment.weight.awards:20}") int awards,
            @Value("${merit.unit-assessment.weight.data-compliance:20}") int dataCompliance,
            @Value("${merit.unit-assessment.attendance-share:50}") int attendanceShare) {
        EnumMap<Aspect, Integer> w = new EnumMap<>(Aspect.class);
        w.put(Aspect.PERFORMANCE, performance);
        w.put(Aspect.DISCIPLINE, discipline);
        w.put(Aspect.INNOVATION, innovation);
        w.put(Aspect.AWARDS, awards);
        w.put(Aspect.DATA_COMPLIANCE, dataCompliance);
        try {
            return new UnitAssessmentParameters(name, effectiveFrom, UnitAssessmentParameters.DEFAULT_BASIS, w, attendanceShare);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("merit.unit-assessment.*: " + e.getMessage(), e);
        }
    }
}
