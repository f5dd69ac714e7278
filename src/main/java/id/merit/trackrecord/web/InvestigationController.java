package id.merit.trackrecord.web;

import id.merit.shared.BusinessProblem;
import id.merit.trackrecord.domain.TrackRecordService;
import id.merit.trackrecord.rules.OfficialCategory;
import id.merit.trackrecord.rules.TeamBody;
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
 * Track-record investigations for BKPSDM (ADMIN, OFFICER): the list (also the REGENT's, who opens the summaries), opening
 * an investigation, its officials, teams, members and areas, with each team's progress against its deadline. The service
 * checks the roles too.
 */
@Controller
class InvestigationController {
    private final TrackRecordService service;

    InvestigationController(TrackRecordService service) {
        this.service = service;
    }

    static String page(long id) {
        return "redirect:/track-records/" + id;
    }

    @GetMapping("/track-records")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    String list(@RequestParam(defaultValue = "false") boolean overdue, Model model) {
        model.addAttribute("rows", service.list(overdue));
        model.addAttribute("overdue", overdue);
        model.addAttribute("today", service.today());
        return "trackrecord/list";
    }

    @GetMapping("/track-records/new")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String newForm(Model model) {
        model.addAttribute("investigationForm", new InvestigationForm());
        return "trackrecord/new";
    }

    @PostMapping("/track-records")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String create(@Valid @ModelAttribute("investigationForm") InvestigationForm form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return "trackrecord/new";
        }
        try {
            long id = service.create(new TrackRecordService.NewInvestigation(form.getTitle(), form.getPurpose(), form.getDeadline()));
            redirect.addFlashAttribute("success", "trackrecord.created");
            return page(id);
        } catch (BusinessProblem e) {
            result.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
            return "trackrecord/new";
        }
    }

    @GetMapping("/track-records/{id}")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String investigation(@PathVariable long id, Model model) {
        model.addAttribute("v", service.investigation(id));
        if (!model.containsAttribute("officialForm")) {
            model.addAttribute("officialForm", new OfficialForm());
        }
        if (!model.containsAttribute("teamForm")) {
            TeamForm team = new TeamForm();
            model.addAttribute("teamForm", team);
        }
        model.addAttribute("categories", OfficialCategory.values());
        model.addAttribute("bodies", TeamBody.values());
        model.addAttribute("opdTree", service.opdTree());
        return "trackrecord/investigation";
    }

    @PostMapping("/track-records/{id}/officials")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String addOfficial(@PathVariable long id, @Valid @ModelAttribute("officialForm") OfficialForm form, BindingResult result,
                       RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return Steps.invalid(page(id), redirect, "officialForm", form, result);
        }
        return Steps.run(page(id), redirect, "trackrecord.official.added", "officialForm", form, result,
                () -> service.addOfficial(id, form.getNip(), form.getCategory()));
    }

    @PostMapping("/track-records/{id}/teams")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String addTeam(@PathVariable long id, @Valid @ModelAttribute("teamForm") TeamForm form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return Steps.invalid(page(id), redirect, "teamForm", form, result);
        }
        return Steps.run(page(id), redirect, "trackrecord.team.added", "teamForm", form, result,
                () -> service.addTeam(id, new TrackRecordService.NewTeam(form.getName(), form.getLeaderName(), form.getLeaderPosition(),
                        form.getLeaderNip(), form.getDeadline())));
    }

    /** A member of one team; the page has one small form per team, so a refusal comes back as a message above them. */
    @PostMapping("/track-records/{id}/teams/{teamId}/members")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String addMember(@PathVariable long id, @PathVariable long teamId, @Valid @ModelAttribute("memberForm") MemberForm form,
                     BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute("error", "trackrecord.error.member");
            return page(id);
        }
        return Steps.run(page(id), redirect, "trackrecord.member.added",
                () -> service.addMember(id, teamId, form.getBody(), form.getName(), form.getUsername()));
    }

    @PostMapping("/track-records/{id}/teams/{teamId}/areas")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String assignArea(@PathVariable long id, @PathVariable long teamId, @Valid @ModelAttribute("areaForm") AreaForm form, BindingResult result,
                      RedirectAttributes redirect) {
        if (result.hasErrors()) {
            redirect.addFlashAttribute("error", "trackrecord.error.area");
            return page(id);
        }
        return Steps.run(page(id), redirect, "trackrecord.area.assigned", () -> service.assignArea(id, teamId, form.getOpdCode()));
    }
}
