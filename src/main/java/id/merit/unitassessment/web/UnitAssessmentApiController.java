package id.merit.unitassessment.web;

import id.merit.unitassessment.domain.LeagueCalculator;
import id.merit.unitassessment.domain.UnitAssessmentService;
import id.merit.unitassessment.rules.Aspect;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/unit-assessments/{year}} (docs/api.md; interchange.md defines none): the league table of the year
 * in the caller's scope — every top-level OPD for ADMIN, OFFICER and REGENT, an OPD head's own; EMPLOYEE and ASSESSOR
 * 403; a year outside 2015 to the current year 404. Scores are numbers 0–100 or null (nothing to measure).
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
class UnitAssessmentApiController {
    private final UnitAssessmentService service;

    UnitAssessmentApiController(UnitAssessmentService service) {
        this.service = service;
    }

    record RuleSetJson(String name, String effectiveFrom, Map<Aspect, Integer> weights, int attendanceSharePercent) {
    }

    record UnitJson(Integer rank, String opdCode, String name, int staff, BigDecimal performance, BigDecimal discipline,
                    BigDecimal innovation, BigDecimal awards, BigDecimal dataCompliance, BigDecimal total) {
    }

    record LeagueJson(int year, RuleSetJson ruleSet, List<UnitJson> units) {
    }

    @GetMapping("/api/v1/unit-assessments/{year}")
    LeagueJson league(@PathVariable int year) {
        LeagueCalculator.League l = service.league(year);
        var p = l.parameters();
        return new LeagueJson(year, new RuleSetJson(p.name(), p.effectiveFrom().toString(), p.weights(), p.attendanceSharePercent()),
                l.rows().stream().map(r -> new UnitJson(r.rank() == 0 ? null : r.rank(), r.opdCode(), r.opdName(), r.staff(),
                        r.performance(), r.discipline(), r.innovation(), r.awards(), r.dataCompliance(), r.total())).toList());
    }
}
