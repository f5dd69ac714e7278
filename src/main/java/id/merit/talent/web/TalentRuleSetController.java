package id.merit.talent.web;

import id.merit.shared.BusinessProblem;
import id.merit.shared.RuleSetVersions;
import id.merit.talent.domain.TalentRuleSetService;
import id.merit.talent.domain.TalentRuleSets;
import id.merit.talent.rules.TalentClassifier.Parameters;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The talent rule sets (issue 13 item 2): the versions with what each changed, a draft starting from the rules in force,
 * its preview for a year (who changes box, who enters or leaves the talent pool) for BKPSDM, and saving it as a version
 * (ADMIN only). A refused draft answers 422 with the page and the reason next to the field.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
class TalentRuleSetController {
    private static final String PAGE = "talent/rule-sets";
    private final TalentRuleSetService ruleSets;

    TalentRuleSetController(TalentRuleSetService ruleSets) {
        this.ruleSets = ruleSets;
    }

    @GetMapping("/talent/rule-sets")
    String page(Model model) {
        Parameters current = ruleSets.current();
        TalentRuleSetForm form = new TalentRuleSetForm();
        form.setRegulation(current.regulation());
        form.setPotentialHigh(current.potentialHigh());
        form.setPotentialMedium(current.potentialMedium());
        form.setMinimumJpm(current.minimumJpm());
        form.setMinimumTrainingHours(current.minimumTrainingHours());
        form.setDisciplineCondition(current.disciplineCondition());
        form.setYear(ruleSets.currentYear() - 1);
        return page(model, form, null);
    }

    @PostMapping("/talent/rule-sets/preview")
    String preview(@Valid @ModelAttribute("form") TalentRuleSetForm form, BindingResult errors, Model model, HttpServletResponse response) {
        TalentRuleSetService.Preview preview = BusinessProblem.whenValid(errors, () -> ruleSets.preview(form.draft(), form.getYear()));
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return page(model, form, preview);
    }

    @PostMapping("/talent/rule-sets")
    @PreAuthorize("hasRole('ADMIN')")
    String save(@Valid @ModelAttribute("form") TalentRuleSetForm form, BindingResult errors, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        Parameters saved = BusinessProblem.whenValid(errors, () -> ruleSets.save(form.draft()));
        if (saved != null) {
            redirect.addFlashAttribute("success", "talent.ruleSet.saved");
            redirect.addFlashAttribute("successArgs", new Object[] {saved.effectiveFrom().toString()});
            return "redirect:/talent/rule-sets";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, form, null);
    }

    private String page(Model model, TalentRuleSetForm form, TalentRuleSetService.Preview preview) {
        model.addAttribute("versions", RuleSetVersions.newestFirst(ruleSets.versions(), TalentRuleSets.Version::parameters, TalentRuleSetService::diff));
        model.addAttribute("current", ruleSets.current());
        model.addAttribute("form", form);
        model.addAttribute("preview", preview);
        return PAGE;
    }
}
