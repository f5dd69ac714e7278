package id.merit.performance.web;

import id.merit.orgunit.OpdQueries;
import id.merit.performance.SkpPeriod;
import id.merit.performance.domain.ComplianceService;
import id.merit.performance.domain.PeriodService;
import id.merit.shared.BusinessProblem;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * SKP periods (issue 12 item 1), BKPSDM only: the list with the form to open one, closing, and a period's page with
 * every OPD's deadline, the form to extend one with a reason, and the history of extensions.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
class PeriodController {

    private final PeriodService periods;
    private final ComplianceService compliance;
    private final OpdQueries opds;

    PeriodController(PeriodService periods, ComplianceService compliance, OpdQueries opds) {
        this.periods = periods;
        this.compliance = compliance;
        this.opds = opds;
    }

    @GetMapping("/performance/periods")
    String list(Model model) {
        if (!model.containsAttribute("periodForm")) {
            PeriodForm form = new PeriodForm();
            form.setYear(compliance.currentYear());
            // PP 30/2019 Ps 42: the annual assessment runs from the end of December to the end of January
            form.setDeadline(java.time.LocalDate.of(compliance.currentYear() + 1, 1, 31));
            model.addAttribute("periodForm", form);
        }
        model.addAttribute("periods", periods.periods());
        model.addAttribute("kinds", SkpPeriod.values());
        return "performance/periods";
    }

    @PostMapping("/performance/periods")
    String open(@Valid @ModelAttribute("periodForm") PeriodForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                periods.open(form.getYear(), form.getKind(), form.getDeadline());
                redirect.addFlashAttribute("success", "performance.period.opened");
                return "redirect:/performance/periods/" + form.getYear() + "/" + form.getKind().name();
            } catch (BusinessProblem p) {
                result.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey());
            }
        }
        return list(model);
    }

    @PostMapping("/performance/periods/{year}/{kind}/close")
    String close(@PathVariable int year, @PathVariable SkpPeriod kind, RedirectAttributes redirect) {
        periods.close(year, kind);
        redirect.addFlashAttribute("success", "performance.period.closedSaved");
        return "redirect:/performance/periods/" + year + "/" + kind.name();
    }

    @GetMapping("/performance/periods/{year}/{kind}")
    String show(@PathVariable int year, @PathVariable SkpPeriod kind, Model model) {
        PeriodService.Period period = periods.get(year, kind);
        model.addAttribute("period", period);
        if (!model.containsAttribute("extensionForm")) {
            model.addAttribute("extensionForm", new ExtensionForm());
        }
        model.addAttribute("opdOptions", opds.tree());
        model.addAttribute("extensions", periods.extensions(period));
        return "performance/period";
    }

    @PostMapping("/performance/periods/{year}/{kind}/deadlines")
    String extend(@PathVariable int year, @PathVariable SkpPeriod kind, @Valid @ModelAttribute("extensionForm") ExtensionForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        periods.get(year, kind);
        if (!result.hasErrors()) {
            try {
                periods.extend(year, kind, form.getOpd(), form.getDeadline(), form.getReason());
                redirect.addFlashAttribute("success", "performance.period.extended");
                return "redirect:/performance/periods/" + year + "/" + kind.name();
            } catch (BusinessProblem p) {
                if (p.field() == null) {
                    result.reject(p.messageKey(), p.args(), p.messageKey());
                } else {
                    result.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey());
                }
            }
        }
        return show(year, kind, model);
    }
}
