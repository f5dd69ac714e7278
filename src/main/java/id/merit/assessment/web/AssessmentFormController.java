package id.merit.assessment.web;

import id.merit.assessment.AssessmentDetail;
import id.merit.assessment.domain.AssessmentEntry;
import id.merit.employee.EmployeeRef;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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
 * BKPSDM enters a competency assessment for an employee ({@code /employees/{nip}/assessments/new}) or edits one
 * ({@code /employees/{nip}/assessments/{id}/edit}: scores and levels; date and purpose are its key). Saved through the
 * import's writer ({@link AssessmentEntry}); back to the employee page.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
class AssessmentFormController {

    private final AssessmentEntry entry;
    private final Clock clock;

    AssessmentFormController(AssessmentEntry entry, Clock clock) {
        this.entry = entry;
        this.clock = clock;
    }

    @GetMapping("/employees/{nip}/assessments/new")
    String createForm(@PathVariable String nip, Model model) {
        AssessmentForm form = new AssessmentForm();
        form.setPurpose("MAPPING");
        return form(model, entry.employee(nip), form, null);
    }

    @PostMapping("/employees/{nip}/assessments/new")
    String create(@PathVariable String nip, @Valid @ModelAttribute("form") AssessmentForm form, BindingResult errors, Model model,
                  RedirectAttributes flash) {
        return save(entry.employee(nip), form, errors, model, flash, null);
    }

    @GetMapping("/employees/{nip}/assessments/{id}/edit")
    String editForm(@PathVariable String nip, @PathVariable long id, Model model) {
        AssessmentDetail d = entry.get(nip, id);
        return form(model, entry.employee(nip), AssessmentForm.of(d), d);
    }

    @PostMapping("/employees/{nip}/assessments/{id}/edit")
    String edit(@PathVariable String nip, @PathVariable long id, @Valid @ModelAttribute("form") AssessmentForm form, BindingResult errors,
                Model model, RedirectAttributes flash) {
        AssessmentDetail d = entry.get(nip, id);
        // the key stays: date and purpose come from the stored assessment, whatever the request says
        form.setAssessmentDate(d.assessment().assessmentDate());
        form.setPurpose(d.assessment().purpose().name());
        return save(entry.employee(nip), form, errors, model, flash, d);
    }

    private String save(EmployeeRef employee, AssessmentForm form, BindingResult errors, Model model, RedirectAttributes flash,
                        AssessmentDetail editing) {
        if (editing == null && form.getAssessmentDate() != null && form.getAssessmentDate().isAfter(LocalDate.now(clock))) {
            errors.rejectValue("assessmentDate", "assessment.error.future");
        }
        if (errors.hasErrors()) {
            return form(model, employee, form, editing);
        }
        boolean changed = entry.save(form.toRecord(employee.nip()), form.levels());
        flash.addFlashAttribute("success", changed ? "assessment.saved" : "assessment.unchanged");
        return "redirect:/employees/" + employee.nip() + "#employee-assessment";
    }

    private String form(Model model, EmployeeRef employee, AssessmentForm form, AssessmentDetail editing) {
        model.addAttribute("employee", employee);
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("purposes", AssessmentForm.PURPOSES);
        model.addAttribute("levelFields", AssessmentForm.LEVELS);
        model.addAttribute("today", LocalDate.now(clock));
        return "assessment/form";
    }
}
