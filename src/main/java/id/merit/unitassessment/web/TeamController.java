package id.merit.unitassessment.web;

import id.merit.shared.BusinessProblem;
import id.merit.unitassessment.domain.TeamBody;
import id.merit.unitassessment.domain.UnitAssessmentService;
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

/** The assessment team of a year (inspectorate, BKD, organisation bureau): BKPSDM keeps it, the regent reads it. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
class TeamController {
    private final UnitAssessmentService service;
    private final UnitPages pages;

    TeamController(UnitAssessmentService service, UnitPages pages) {
        this.service = service;
        this.pages = pages;
    }

    @GetMapping("/unit-assessments/{year}/team")
    String team(@PathVariable int year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("years", pages.years(year));
        model.addAttribute("team", service.team(year));
        model.addAttribute("bodies", TeamBody.values());
        model.addAttribute("mayRecord", UnitAssessmentService.mayRecord());
        if (!model.containsAttribute("memberForm")) {
            model.addAttribute("memberForm", new TeamMemberForm());
        }
        return "unitassessment/team";
    }

    @PostMapping("/unit-assessments/{year}/team")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String add(@PathVariable int year, @Valid @ModelAttribute("memberForm") TeamMemberForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                service.addMember(year, form.getBody(), form.getName(), form.getPosition());
                redirect.addFlashAttribute("success", "unitassessment.team.added");
                redirect.addFlashAttribute("successArgs", new Object[] {form.getName().strip()});
                return "redirect:/unit-assessments/" + year + "/team";
            } catch (BusinessProblem e) {
                errors.rejectValue(e.field() == null ? "name" : e.field(), e.messageKey(), e.args(), e.messageKey());
            }
        }
        return team(year, model);
    }

    @PostMapping("/unit-assessments/{year}/team/remove")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String remove(@PathVariable int year, @RequestParam long member, RedirectAttributes redirect) {
        try {
            service.removeMember(year, member);
            redirect.addFlashAttribute("success", "unitassessment.team.removed");
        } catch (BusinessProblem e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.args());
        }
        return "redirect:/unit-assessments/" + year + "/team";
    }
}
