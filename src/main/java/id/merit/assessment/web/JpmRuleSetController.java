package id.merit.assessment.web;

import id.merit.assessment.domain.JpmRuleSetService;
import id.merit.assessment.rules.JpmBands;
import id.merit.shared.BusinessProblem;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import id.merit.shared.RuleSetVersions;
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
 * The JPM band rule sets (issue 13 item 2): the versions with the bounds each changed, a draft starting from the bounds in
 * force, its preview (which stored assessments would change band) for BKPSDM, and saving it as a version (ADMIN only).
 * A refused draft answers 422 with the page and the reason next to the field.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
class JpmRuleSetController {
    private static final String PAGE = "assessment/rule-sets";
    private final JpmRuleSetService ruleSets;

    JpmRuleSetController(JpmRuleSetService ruleSets) {
        this.ruleSets = ruleSets;
    }

    @GetMapping("/assessments/rule-sets")
    String page(Model model) {
        JpmBands.Parameters current = ruleSets.current();
        JpmRuleSetForm form = new JpmRuleSetForm();
        form.setRegulation(current.regulation());
        form.setSelectionMs(current.selectionMs());
        form.setSelectionMms(current.selectionMms());
        form.setMappingOptimal(current.mappingOptimal());
        form.setMappingCukupOptimal(current.mappingCukupOptimal());
        return page(model, form, null);
    }

    @PostMapping("/assessments/rule-sets/preview")
    String preview(@Valid @ModelAttribute("form") JpmRuleSetForm form, BindingResult errors, Model model, HttpServletResponse response) {
        JpmRuleSetService.Preview preview = BusinessProblem.whenValid(errors, () -> ruleSets.preview(form.draft()));
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return page(model, form, preview);
    }

    @PostMapping("/assessments/rule-sets")
    @PreAuthorize("hasRole('ADMIN')")
    String save(@Valid @ModelAttribute("form") JpmRuleSetForm form, BindingResult errors, Model model, RedirectAttributes redirect,
                HttpServletResponse response) {
        JpmBands.Parameters saved = BusinessProblem.whenValid(errors, () -> ruleSets.save(form.draft()));
        if (saved != null) {
            redirect.addFlashAttribute("success", "assessment.ruleSet.saved");
            redirect.addFlashAttribute("successArgs", new Object[] {saved.effectiveFrom().toString()});
            return "redirect:/assessments/rule-sets";
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return page(model, form, null);
    }

    private String page(Model model, JpmRuleSetForm form, JpmRuleSetService.Preview preview) {
        model.addAttribute("versions", RuleSetVersions.newestFirst(ruleSets.versions(), JpmRuleSetService.Version::parameters, JpmRuleSetService::diff));
        model.addAttribute("current", ruleSets.current());
        model.addAttribute("form", form);
        model.addAttribute("preview", preview);
        return PAGE;
    }
}
