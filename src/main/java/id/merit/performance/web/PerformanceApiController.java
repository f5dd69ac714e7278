package id.merit.performance.web;

import id.merit.performance.PerformanceRecord;
import id.merit.performance.SkpPredicate;
import id.merit.performance.SkpRating;
import id.merit.performance.domain.PerformanceService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * interchange.md §3 Performance: {@code GET /api/v1/employees/{nip}/performance/{year}} → the ANNUAL record (ratings
 * null for historical predicates); 404 when there is none; staff scope checked in the service.
 */
@RestController
class PerformanceApiController {

    record PerformanceJson(String nip, int year, SkpRating resultsRating, SkpRating behaviourRating, SkpPredicate predicate) {
        static PerformanceJson of(PerformanceRecord r) {
            return new PerformanceJson(r.nip(), r.year(), r.resultsRating(), r.behaviourRating(), r.predicate());
        }
    }

    private final PerformanceService performance;

    PerformanceApiController(PerformanceService performance) {
        this.performance = performance;
    }

    @GetMapping("/api/v1/employees/{nip}/performance/{year}")
    PerformanceJson annual(@PathVariable String nip, @PathVariable int year) {
        return PerformanceJson.of(performance.annual(nip, year));
    }
}
