package id.merit.employee.web;

import id.merit.employee.EmployeeQueries;
import id.merit.employee.EmployeeView;
import id.merit.employee.LeaveReason;
import id.merit.employee.domain.EmployeeLeaveService;
import id.merit.shared.BusinessProblem;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** BKPSDM records the end of an employee's employment (issue 15 item 3); the rules are in {@link EmployeeLeaveService}. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
class EmployeeLeaveController {

    static final String VIEW = "employee/leave";
    private final EmployeeQueries employees;
    private final EmployeeLeaveService leaves;

    EmployeeLeaveController(EmployeeQueries employees, EmployeeLeaveService leaves) {
        this.employees = employees;
        this.leaves = leaves;
    }

    @GetMapping("/employees/{nip}/leave")
    String form(@PathVariable String nip, Model model) {
        EmployeeView e = employees.get(nip);
        EmployeeLeaveForm form = new EmployeeLeaveForm();
        leaves.of(e.id()).ifPresent(l -> {
            form.setReason(l.reason());
            form.setLeftOn(l.leftOn());
            form.setDecree(l.decree());
        });
        model.addAttribute("leaveForm", form);
        return show(e, model);
    }

    @PostMapping("/employees/{nip}/leave")
    String record(@PathVariable String nip, @ModelAttribute("leaveForm") EmployeeLeaveForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        EmployeeView e = employees.get(nip);
        if (!result.hasErrors()) {
            try {
                leaves.record(nip, form.toCommand());
                redirect.addFlashAttribute("success", "employee.leave.saved");
                redirect.addFlashAttribute("successArgs", e.name());
                redirect.addAttribute("nip", e.nip());
                return "redirect:/employees/{nip}";
            } catch (BusinessProblem p) {
                EmployeeFormController.reject(form, result, p);
            }
        }
        return show(e, model);
    }

    private String show(EmployeeView e, Model model) {
        model.addAttribute("employee", e);
        model.addAttribute("reasons", LeaveReason.values());
        return VIEW;
    }
}
