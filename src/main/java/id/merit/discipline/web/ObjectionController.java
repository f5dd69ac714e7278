package id.merit.discipline.web;

import id.merit.discipline.domain.CaseService;
import id.merit.discipline.domain.CaseWorkflow;
import id.merit.shared.BusinessProblem;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Filing an objection (keberatan) or appeal against a delivered decision (PP 79/2021): the employee on their own case
 * page, or BKPSDM on their behalf. The service checks that an employee files only on their own case.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','EMPLOYEE')")
class ObjectionController {
    private final CaseService cases;
    private final CaseWorkflow workflow;
    private final CasePage page;

    ObjectionController(CaseService cases, CaseWorkflow workflow, CasePage page) {
        this.cases = cases;
        this.workflow = workflow;
        this.page = page;
    }

    @PostMapping("/discipline/cases/{id}/objection")
    String file(@PathVariable long id, @Valid @ModelAttribute("objectionForm") ObjectionForm form, BindingResult errors, Model model,
                org.springframework.web.servlet.mvc.support.RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                workflow.fileObjection(id, form.getVersion(), form.toCommand());
                flash.addFlashAttribute("success", "discipline.objection.filed");
                return "redirect:/discipline/cases/" + id;
            } catch (BusinessProblem p) {
                p.rejectOn(errors);
            }
        }
        page.populate(model, cases.get(id));
        return "discipline/case";
    }
}
