package id.merit.performance.web;

import id.merit.performance.SkpPredicate;
import id.merit.performance.domain.CalibrationService;
import id.merit.performance.domain.ComplianceService;
import id.merit.performance.rules.DistributionCurve.OrgPredicate;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Calibration (issue 12 item 7): each top-level OPD's predicate distribution against the cap of its organisational
 * predicate, as a table and a chart; BKPSDM records the organisational predicate and returns an OPD's ratings for review
 * with a reason. BKPSDM and the regent see every OPD, an OPD head their own (with the returns of their ratings).
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT','OPD_HEAD')")
class CalibrationController {
    private final CalibrationService calibration;
    private final ComplianceService compliance;

    CalibrationController(CalibrationService calibration, ComplianceService compliance) {
        this.calibration = calibration;
        this.compliance = compliance;
    }

    @GetMapping("/performance/calibration")
    String current() {
        return "redirect:/performance/calibration/" + compliance.currentYear();
    }

    /** {@code returned}: only the OPDs whose ratings were returned for review (the OPD head's landing page links here). */
    @GetMapping("/performance/calibration/{year}")
    String page(@PathVariable int year, @RequestParam(required = false) String returned, Model model) {
        List<CalibrationService.Row> rows = calibration.year(year);
        if (returned != null) {
            rows = rows.stream().filter(r -> !r.returns().isEmpty()).toList();
        }
        model.addAttribute("year", year);
        model.addAttribute("rows", rows);
        model.addAttribute("returnedOnly", returned != null);
        model.addAttribute("predicates", SkpPredicate.values());
        model.addAttribute("orgPredicates", OrgPredicate.values());
        model.addAttribute("bkpsdm", CurrentUser.require().is(Role.ADMIN, Role.OFFICER));
        // chart: the share of each predicate per OPD (percent of its rated staff), one series per predicate
        List<String> series = new ArrayList<>();
        for (SkpPredicate p : SkpPredicate.values()) {
            series.add(rows.stream().map(r -> r.rated() == 0 ? "0"
                    : String.valueOf(Math.round(1000.0 * r.counts().get(p) / r.rated()) / 10.0)).collect(Collectors.joining("|")));
        }
        model.addAttribute("chartLabels", rows.stream().map(CalibrationService.Row::opdCode).collect(Collectors.joining("|")));
        model.addAttribute("chartSeries", String.join(";", series));
        return "performance/calibration";
    }

    /** Rater leniency: each rater's shares of ratings above and below expectation against their OPD's and the regency's. */
    @GetMapping("/performance/calibration/{year}/raters")
    String raters(@PathVariable int year, Model model) {
        CalibrationService.Raters raters = calibration.raters(year);
        List<CalibrationService.Rater> all = raters.groups().stream().flatMap(g -> g.raters().stream()).toList();
        model.addAttribute("year", year);
        model.addAttribute("raters", raters);
        model.addAttribute("raterCount", all.size());
        // chart: one bar pair per rater (share above, share below expectation), labelled by name or account
        model.addAttribute("chartLabels", all.stream().map(r -> r.name() != null ? r.name() : r.username()).collect(Collectors.joining("|")));
        model.addAttribute("chartSeries", all.stream().map(r -> r.counts().aboveShare().toPlainString()).collect(Collectors.joining("|"))
                + ";" + all.stream().map(r -> r.counts().belowShare().toPlainString()).collect(Collectors.joining("|")));
        return "performance/raters";
    }

    @PostMapping("/performance/calibration/{year}/opds/{code}/predicate")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String predicate(@PathVariable int year, @PathVariable String code, @RequestParam(required = false) OrgPredicate predicate,
                     @RequestParam(required = false) String basis, RedirectAttributes redirect) {
        try {
            calibration.setPredicate(year, code, predicate, basis);
            redirect.addFlashAttribute("success", "performance.calibration.predicateSaved");
            redirect.addFlashAttribute("successArgs", new Object[] {code});
        } catch (BusinessProblem p) {
            redirect.addFlashAttribute("error", p.messageKey());
            redirect.addFlashAttribute("errorArgs", p.args());
        }
        return "redirect:/performance/calibration/" + year + "#opd-" + code;
    }

    @PostMapping("/performance/calibration/{year}/opds/{code}/return")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String returnForReview(@PathVariable int year, @PathVariable String code, @RequestParam(required = false) String reason,
                           RedirectAttributes redirect) {
        try {
            calibration.returnForReview(year, code, reason);
            redirect.addFlashAttribute("success", "performance.calibration.returned");
            redirect.addFlashAttribute("successArgs", new Object[] {code});
        } catch (BusinessProblem p) {
            redirect.addFlashAttribute("error", p.messageKey());
            redirect.addFlashAttribute("errorArgs", p.args());
        }
        return "redirect:/performance/calibration/" + year + "#opd-" + code;
    }
}
