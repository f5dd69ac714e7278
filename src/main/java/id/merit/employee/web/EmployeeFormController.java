package id.merit.employee.web;

import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeRef;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeQueries;
import id.merit.employee.domain.EmployeeCommandService;
import id.merit.orgunit.OpdQueries;
import id.merit.shared.BusinessProblem;
import id.merit.shared.NotFoundProblem;
import jakarta.validation.Valid;
import org.springframework.beans.BeanWrapperImpl;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Create and edit a registry record (BKPSDM staff only; the service checks the role again). Errors re-render the
 * form with the user's input; business refusals become field or global errors; success redirects with a flash.
 */
@Controller
@RequestMapping("/employees")
@PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
class EmployeeFormController {

    static final String VIEW = "employee/form";
    static final String STALE = "form.error.stale";
    private final EmployeeCommandService commands;
    private final EmployeeQueries employees;
    private final EmployeeDirectory directory;
    private final OpdQueries opds;
    private final EmployeeFormValidator validator = new EmployeeFormValidator();

    EmployeeFormController(EmployeeCommandService commands, EmployeeQueries employees, EmployeeDirectory directory, OpdQueries opds) {
        this.commands = commands;
        this.employees = employees;
        this.directory = directory;
        this.opds = opds;
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("employeeForm", new EmployeeForm());
        return show(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("employeeForm") EmployeeForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        validator.validate(form, result);
        if (!result.hasErrors()) {
            try {
                EmployeeData data = form.toData();
                commands.create(data);
                return saved(data, "employee.flash.created", redirect);
            } catch (BusinessProblem p) {
                reject(form, result, p);
            }
        }
        return show(model, null);
    }

    @GetMapping("/{nip}/edit")
    String editForm(@PathVariable String nip, Model model) {
        model.addAttribute("employeeForm", EmployeeForm.of(employees.get(nip)));
        return show(model, nip);
    }

    @PostMapping("/{nip}/edit")
    String update(@PathVariable String nip, @Valid @ModelAttribute("employeeForm") EmployeeForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        EmployeeRef current = directory.ref(nip).orElseThrow(() -> new NotFoundProblem("employee.error.notFound", nip));
        validator.validate(form, result);
        if (form.getVersion() == null) {
            result.reject(STALE);
        }
        if (!result.hasErrors()) {
            try {
                EmployeeData data = form.toData();
                commands.update(current.id(), data, form.getVersion());
                return saved(data, "employee.flash.updated", redirect);
            } catch (BusinessProblem p) {
                reject(form, result, p);
            } catch (OptimisticLockingFailureException e) {
                // saved by someone else between our version check and the flush
                result.reject(STALE);
            }
        }
        return show(model, nip);
    }

    private String show(Model model, String originalNip) {
        EmployeeOptions.addTo(model, opds);
        model.addAttribute("originalNip", originalNip);
        return VIEW;
    }

    private static String saved(EmployeeData data, String messageKey, RedirectAttributes redirect) {
        redirect.addFlashAttribute("success", messageKey);
        redirect.addFlashAttribute("successArgs", data.name());
        redirect.addAttribute("nip", data.nip());
        return "redirect:/employees/{nip}";
    }

    /** A service refusal on a form field becomes that field's error; otherwise (field null or unknown) a global one. */
    static void reject(Object form, BindingResult result, BusinessProblem p) {
        if (p.field() != null && new BeanWrapperImpl(form).isReadableProperty(p.field())) {
            result.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey());
        } else {
            result.reject(p.messageKey(), p.args(), p.messageKey());
        }
    }
}
