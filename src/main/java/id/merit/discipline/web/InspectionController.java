package id.merit.discipline.web;

import id.merit.discipline.domain.DisciplineClock;
import id.merit.discipline.domain.FindingKind;
import id.merit.discipline.domain.InspectionService;
import id.merit.discipline.domain.InspectionViews.Detail;
import id.merit.employee.EmployeeFilter;
import id.merit.employee.EmployeeQueries;
import id.merit.orgunit.OpdQueries;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Field inspections (sidak): list, record, detail with findings; a finding links to a pre-filled case form. */
@Controller
@RequestMapping("/discipline/inspections")
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
class InspectionController {
    private static final int PAGE_SIZE = 25;
    private static final int STAFF_CHOICES = 500;
    private final InspectionService inspections;
    private final OpdQueries opds;
    private final EmployeeQueries employees;
    private final DisciplineClock clock;

    InspectionController(InspectionService inspections, OpdQueries opds, EmployeeQueries employees, DisciplineClock clock) {
        this.inspections = inspections;
        this.opds = opds;
        this.employees = employees;
        this.clock = clock;
    }

    @GetMapping
    String list(@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", inspections.search(year, page, PAGE_SIZE));
        model.addAttribute("year", year);
        model.addAttribute("pageQuery", Web.query("year", year));
        return "discipline/inspections";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String newInspection(@RequestParam(required = false) String opd, Model model) {
        InspectionForm form = new InspectionForm();
        form.setOpdCode(opd);
        form.setInspectedOn(clock.today());
        return form(model, form);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String record(@Valid @ModelAttribute("form") InspectionForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                long id = inspections.record(form.getOpdCode(), form.getInspectedOn(), form.getTeam(), form.getNotes());
                flash.addFlashAttribute("success", "discipline.inspection.saved");
                return "redirect:/discipline/inspections/" + id;
            } catch (BusinessProblem p) {
                p.rejectOn(errors);
            }
        }
        return form(model, form);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        Detail d = inspections.get(id);
        FindingForm f = new FindingForm();
        f.setVersion(d.version());
        return detail(model, d, f);
    }

    @PostMapping("/{id}/findings")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String addFinding(@PathVariable long id, @Valid @ModelAttribute("findingForm") FindingForm form, BindingResult errors, Model model,
                      RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                inspections.addFinding(id, form.getVersion(), form.getNip().trim(), form.getKind(), form.getNote());
                flash.addFlashAttribute("success", "discipline.finding.saved");
                return "redirect:/discipline/inspections/" + id;
            } catch (BusinessProblem p) {
                p.rejectOn(errors);
            }
        }
        return detail(model, inspections.get(id), form);
    }

    @PostMapping("/{id}/findings/{findingId}/delete")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String removeFinding(@PathVariable long id, @PathVariable long findingId, RedirectAttributes flash) {
        try {
            inspections.removeFinding(id, findingId);
            flash.addFlashAttribute("success", "discipline.finding.removed");
        } catch (BusinessProblem p) {
            flash.addFlashAttribute("error", p.messageKey());
        }
        return "redirect:/discipline/inspections/" + id;
    }

    private String detail(Model model, Detail d, FindingForm form) {
        model.addAttribute("i", d);
        model.addAttribute("findingForm", form);
        model.addAttribute("findingKinds", FindingKind.values());
        model.addAttribute("staff", employees.search(new EmployeeFilter(null, d.opdCode(), null, null, null), "name", 0, STAFF_CHOICES).items());
        return "discipline/inspection";
    }

    private String form(Model model, InspectionForm form) {
        model.addAttribute("form", form);
        model.addAttribute("opds", opds.tree());
        return "discipline/inspection-new";
    }
}
