package id.merit.performance.web;

import id.merit.employee.EmployeeFilter;
import id.merit.employee.EmployeeQueries;
import id.merit.employee.EmployeeView;
import id.merit.performance.domain.SkpPlanService;
import id.merit.performance.web.SkpPlanForms.ExpectationsForm;
import id.merit.performance.web.SkpPlanForms.FeedbackForm;
import id.merit.performance.web.SkpPlanForms.IndicatorForm;
import id.merit.performance.web.SkpPlanForms.ReturnForm;
import id.merit.performance.web.SkpPlanForms.RhkForm;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.BusinessProblem;
import id.merit.shared.PagedResult;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * SKP plans (issue 12 item 2): the list of plans in the caller's scope (and those they rate), and one plan with its
 * RHK, cascade, expectations, approval and feedback. Who may do what is decided by {@link SkpPlanService}.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','EMPLOYEE')")
class SkpPlanController {

    static final String LIST = "performance/plans";
    static final String PAGE = "performance/plan";

    private final SkpPlanService plans;
    private final EmployeeQueries employees;

    SkpPlanController(SkpPlanService plans, EmployeeQueries employees) {
        this.plans = plans;
        this.employees = employees;
    }

    @GetMapping("/performance/{year}/plans")
    String list(@PathVariable int year, @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        plans.checkYear(year);
        String search = q == null || q.isBlank() ? null : q.strip();
        PagedResult<EmployeeView> staff = employees.search(new EmployeeFilter(search, null, null, null, null), "name", Math.max(0, page), 25);
        model.addAttribute("year", year);
        model.addAttribute("q", search);
        model.addAttribute("page", staff);
        model.addAttribute("lines", plans.statusOf(staff.items().stream().map(EmployeeView::id).toList(), year));
        model.addAttribute("toRate", plans.toRate(year));
        return LIST;
    }

    @GetMapping("/performance/{year}/plans/{nip}")
    String show(@PathVariable int year, @PathVariable String nip, Model model) {
        return page(model, plans.view(nip, year));
    }

    @PostMapping("/performance/{year}/plans/{nip}/rhk")
    String addRhk(@PathVariable int year, @PathVariable String nip, @Valid @ModelAttribute("rhkForm") RhkForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        return act(year, nip, result, model, redirect, "skpplan.rhk.added",
                () -> plans.addRhk(nip, year, form.getText(), form.getParentRhkId(), form.getIndicator(), form.getTarget(), form.getUnit()));
    }

    @PostMapping("/performance/{year}/plans/{nip}/indicators")
    String addIndicator(@PathVariable int year, @PathVariable String nip, @Valid @ModelAttribute("indicatorForm") IndicatorForm form,
                        BindingResult result, Model model, RedirectAttributes redirect) {
        return act(year, nip, result, model, redirect, "skpplan.indicator.added",
                () -> plans.addIndicator(nip, year, form.getRhkNo(), form.getIndicator(), form.getTarget(), form.getUnit()));
    }

    @PostMapping("/performance/{year}/plans/{nip}/rhk/{no}/delete")
    String removeRhk(@PathVariable int year, @PathVariable String nip, @PathVariable int no, RedirectAttributes redirect) {
        return simple(year, nip, redirect, "skpplan.rhk.removed", () -> plans.removeRhk(nip, year, no));
    }

    @PostMapping("/performance/{year}/plans/{nip}/expectations")
    String expectations(@PathVariable int year, @PathVariable String nip, @Valid @ModelAttribute("expectationsForm") ExpectationsForm form,
                        BindingResult result, Model model, RedirectAttributes redirect) {
        return act(year, nip, result, model, redirect, "skpplan.expectations.saved",
                () -> plans.expectations(nip, year, form.getExpectations()));
    }

    @PostMapping("/performance/{year}/plans/{nip}/submit")
    String submit(@PathVariable int year, @PathVariable String nip, RedirectAttributes redirect) {
        return simple(year, nip, redirect, "skpplan.submitted", () -> plans.submit(nip, year));
    }

    @PostMapping("/performance/{year}/plans/{nip}/approve")
    String approve(@PathVariable int year, @PathVariable String nip, RedirectAttributes redirect) {
        return simple(year, nip, redirect, "skpplan.approved", () -> plans.approve(nip, year));
    }

    @PostMapping("/performance/{year}/plans/{nip}/return")
    String returnPlan(@PathVariable int year, @PathVariable String nip, @Valid @ModelAttribute("returnForm") ReturnForm form,
                      BindingResult result, Model model, RedirectAttributes redirect) {
        if (!plans.view(nip, year).decideRole()) {
            throw new AccessDeniedProblem("not the rater of this plan");
        }
        return act(year, nip, result, model, redirect, "skpplan.returned", () -> plans.returnPlan(nip, year, form.getReason()));
    }

    @PostMapping("/performance/{year}/plans/{nip}/feedback")
    String feedback(@PathVariable int year, @PathVariable String nip, @Valid @ModelAttribute("feedbackForm") FeedbackForm form,
                    BindingResult result, Model model, RedirectAttributes redirect) {
        if (!plans.view(nip, year).feedbackRole()) {
            throw new AccessDeniedProblem("only the rater or the OPD head writes feedback");
        }
        return act(year, nip, result, model, redirect, "skpplan.feedback.saved", () -> plans.feedback(nip, year, form.getNote()));
    }

    /** A form action: scope first (the view), then validation, then the service; a refusal re-renders with the input kept. */
    private String act(int year, String nip, BindingResult result, Model model, RedirectAttributes redirect, String success, Runnable action) {
        SkpPlanService.View view = plans.view(nip, year);
        if (!result.hasErrors()) {
            try {
                action.run();
                redirect.addFlashAttribute("success", success);
                return "redirect:/performance/" + year + "/plans/" + nip;
            } catch (BusinessProblem p) {
                if (p.field() == null || !hasField(result, p.field())) {
                    // a refusal of the whole action (plan no longer editable ...): its form may not be shown any more
                    redirect.addFlashAttribute("error", p.messageKey());
                    redirect.addFlashAttribute("errorArgs", p.args());
                    return "redirect:/performance/" + year + "/plans/" + nip;
                }
                result.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey());
                view = plans.view(nip, year);
            }
        }
        return page(model, view);
    }

    private static boolean hasField(BindingResult result, String field) {
        return result.getTarget() != null && org.springframework.beans.BeanUtils.getPropertyDescriptor(result.getTarget().getClass(), field) != null;
    }

    /** A button without a form: the outcome as a flash message. */
    private String simple(int year, String nip, RedirectAttributes redirect, String success, Runnable action) {
        plans.view(nip, year);
        try {
            action.run();
            redirect.addFlashAttribute("success", success);
        } catch (BusinessProblem p) {
            redirect.addFlashAttribute("error", p.messageKey());
            redirect.addFlashAttribute("errorArgs", p.args());
        }
        return "redirect:/performance/" + year + "/plans/" + nip;
    }

    private String page(Model model, SkpPlanService.View view) {
        model.addAttribute("view", view);
        model.addAttribute("year", view.year());
        addIfAbsent(model, "rhkForm", new RhkForm());
        addIfAbsent(model, "indicatorForm", new IndicatorForm());
        ExpectationsForm e = new ExpectationsForm();
        e.setExpectations(view.plan() == null ? null : view.plan().expectations());
        addIfAbsent(model, "expectationsForm", e);
        addIfAbsent(model, "returnForm", new ReturnForm());
        addIfAbsent(model, "feedbackForm", new FeedbackForm());
        return PAGE;
    }

    private static void addIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

}
