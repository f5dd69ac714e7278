package id.merit.professionalism.web;

import static id.merit.professionalism.web.IpAsnJson.plain;

import id.merit.professionalism.domain.RankingService;
import id.merit.professionalism.rules.IpAsnCategory;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * interchange.md §3 "Rankings", read from the stored index of the year (computed on the first request for it).
 * ADMIN, OFFICER and REGENT see everything; an OPD head their OPD's subtree ({@code opd} outside it → 403, no
 * {@code opd} → their own); EMPLOYEE and ASSESSOR → 403. {@code limit} defaults to 100, at most 10,000.
 */
@RestController
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
class RankingApiController {
    private final RankingService rankings;

    RankingApiController(RankingService rankings) {
        this.rankings = rankings;
    }

    record EmployeeJson(int rank, String nip, String name, String opdCode, BigDecimal total, IpAsnCategory category) {
    }

    record OpdJson(int rank, String opdCode, String name, int employees, BigDecimal meanIndex) {
    }

    @GetMapping("/api/v1/rankings/professionalism-index/{year}")
    List<EmployeeJson> employees(@PathVariable int year, @RequestParam(required = false) String opd,
                                 @RequestParam(defaultValue = "100") int limit) {
        return rankings.employees(year, opd, limit).stream()
                .map(r -> new EmployeeJson(r.rank(), r.nip(), r.name(), r.opdCode(), plain(r.total()), r.category())).toList();
    }

    @GetMapping("/api/v1/rankings/opds/{year}")
    List<OpdJson> opds(@PathVariable int year) {
        return rankings.opds(year).stream()
                .map(r -> new OpdJson(r.rank(), r.opdCode(), r.name(), r.employees(), r.meanIndex())).toList();
    }
}
