package id.merit.performance.web;

import id.merit.performance.domain.FollowUpService;
import id.merit.performance.domain.ObjectionService;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Two work lists of issue 12 item 5: the objections the current user decides (BKPSDM: all of them) and BKPSDM's list of
 * PP 30/2019 Ps 56-58 follow-ups with their due days, where the competency test is recorded.
 */
@Controller
class FollowUpController {

    static final String OBJECTIONS = "performance/objections";
    static final String FOLLOW_UPS = "performance/follow-ups";

    private final ObjectionService objections;
    private final FollowUpService followUps;

    FollowUpController(ObjectionService objections, FollowUpService followUps) {
        this.objections = objections;
        this.followUps = followUps;
    }

    @GetMapping("/performance/objections")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','EMPLOYEE')")
    String objections(@RequestParam(required = false) String open, Model model) {
        model.addAttribute("objections", objections.assigned(open != null));
        model.addAttribute("openOnly", open != null);
        return OBJECTIONS;
    }

    @GetMapping("/performance/follow-ups")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String followUps(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("rows", followUps.list(year));
        model.addAttribute("today", objections.today());
        if (!model.containsAttribute("followUpTestForm")) {
            model.addAttribute("followUpTestForm", new FollowUpTestForm());
        }
        return FOLLOW_UPS;
    }

    @PostMapping("/performance/follow-ups/{id}/test")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String recordTest(@PathVariable long id, @Valid @ModelAttribute("followUpTestForm") FollowUpTestForm form, BindingResult result,
                      Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                followUps.recordTest(id, form.getTestDate(), form.getResult());
                redirect.addFlashAttribute("success", "performance.followUp.tested");
                return "redirect:/performance/follow-ups";
            } catch (BusinessProblem p) {
                result.reject(p.messageKey(), p.args(), p.messageKey());
            }
        }
        model.addAttribute("failedId", id);
        return followUps(null, model);
    }
}
