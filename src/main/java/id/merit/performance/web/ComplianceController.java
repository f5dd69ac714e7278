package id.merit.performance.web;

import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.performance.ComplianceRow;
import id.merit.performance.SkpPeriod;
import id.merit.performance.domain.ComplianceService;
import id.merit.performance.domain.PeriodService;
import id.merit.shared.NotFoundProblem;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * SKP compliance (issue 12 item 6) for BKPSDM and the regent: every OPD with its due, rated, missing and late
 * evaluations, its deadline and head, sortable, filterable to the heads flagged for neglect (pembiaran), and the
 * drill-down to an OPD's missing staff.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
class ComplianceController {

    static final int MISSING_LIMIT = 500;

    /** The sort orders offered on the page (tree order when none). */
    static final Map<String, Comparator<ComplianceRow>> SORTS = Map.of(
            "name", Comparator.comparing(ComplianceRow::opdName, String.CASE_INSENSITIVE_ORDER),
            "progress", Comparator.comparingInt(ComplianceRow::percent).thenComparing(ComplianceRow::opdName),
            "missing", Comparator.comparingInt(ComplianceRow::missing).reversed().thenComparing(ComplianceRow::opdName),
            "late", Comparator.comparingInt(ComplianceRow::late).reversed().thenComparing(ComplianceRow::opdName),
            "deadline", Comparator.comparing(ComplianceRow::deadline, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(ComplianceRow::opdName));

    private final ComplianceService compliance;
    private final PeriodService periods;
    private final OpdQueries opds;

    ComplianceController(ComplianceService compliance, PeriodService periods, OpdQueries opds) {
        this.compliance = compliance;
        this.periods = periods;
        this.opds = opds;
    }

    @GetMapping("/performance/compliance")
    String current() {
        return "redirect:/performance/compliance/" + compliance.currentYear();
    }

    @GetMapping("/performance/compliance/{year}")
    String page(@PathVariable int year, @RequestParam(required = false) String sort,
                @RequestParam(defaultValue = "false") boolean neglect, Model model) {
        List<ComplianceRow> rows = compliance.all(year);
        long flagged = rows.stream().filter(ComplianceRow::neglect).count();
        if (neglect) {
            rows = rows.stream().filter(ComplianceRow::neglect).toList();
        }
        Comparator<ComplianceRow> order = sort == null ? null : SORTS.get(sort);
        if (order != null) {
            rows = rows.stream().sorted(order).toList();
        }
        model.addAttribute("year", year);
        model.addAttribute("rows", rows);
        model.addAttribute("flagged", flagged);
        model.addAttribute("neglect", neglect);
        model.addAttribute("sort", order == null ? null : sort);
        model.addAttribute("sorts", List.of("name", "progress", "missing", "late", "deadline"));
        model.addAttribute("period", periods.find(year, SkpPeriod.ANNUAL).orElse(null));
        return "performance/compliance";
    }

    @GetMapping("/performance/compliance/{year}/opds/{code}")
    String missing(@PathVariable int year, @PathVariable String code, Model model) {
        OpdView opd = opds.byCode(code).orElseThrow(() -> new NotFoundProblem("performance.compliance.noOpd", code));
        model.addAttribute("year", year);
        model.addAttribute("row", compliance.forOpd(year, code).orElse(null));
        model.addAttribute("opd", opd);
        model.addAttribute("missing", compliance.missing(year, opd.id(), MISSING_LIMIT));
        model.addAttribute("limit", MISSING_LIMIT);
        return "performance/compliance-opd";
    }
}
