package id.merit.trackrecord.web;

import id.merit.trackrecord.domain.TrackRecordService;
import id.merit.trackrecord.rules.Integrity;
import id.merit.trackrecord.rules.InterviewSource;
import id.merit.trackrecord.rules.Neutrality;
import id.merit.trackrecord.rules.SuperiorVerdict;
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
 * The dossier of an official: the registry part and what the team records (findings, interviews). ADMIN and OFFICER
 * read every dossier; a team member (ASSESSOR) reads and records only the dossiers of their team: the service refuses
 * the others (403). The assessor's list of assigned dossiers is here too.
 */
@Controller
class DossierController {
    private final TrackRecordService service;

    DossierController(TrackRecordService service) {
        this.service = service;
    }

    static String dossierPage(long id, long officialId) {
        return "redirect:/track-records/" + id + "/dossiers/" + officialId;
    }

    @GetMapping("/track-records/assigned")
    @PreAuthorize("hasRole('ASSESSOR')")
    String assigned(@RequestParam(defaultValue = "false") boolean pending, Model model) {
        model.addAttribute("rows", service.assigned(pending));
        model.addAttribute("pending", pending);
        model.addAttribute("today", service.today());
        return "trackrecord/assigned";
    }

    @GetMapping("/track-records/{id}/dossiers/{officialId}")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','ASSESSOR')")
    String dossier(@PathVariable long id, @PathVariable long officialId, Model model) {
        TrackRecordService.Dossier d = service.dossier(id, officialId);
        model.addAttribute("d", d);
        if (!model.containsAttribute("findingsForm")) {
            model.addAttribute("findingsForm", FindingsForm.of(d.findings()));
        }
        if (!model.containsAttribute("interviewForm")) {
            InterviewForm interview = new InterviewForm();
            interview.setInterviewedOn(service.today());
            model.addAttribute("interviewForm", interview);
        }
        model.addAttribute("verdicts", SuperiorVerdict.values());
        model.addAttribute("neutralities", Neutrality.values());
        model.addAttribute("integrities", Integrity.values());
        model.addAttribute("sources", InterviewSource.values());
        model.addAttribute("today", service.today());
        return "trackrecord/dossier";
    }

    @PostMapping("/track-records/{id}/dossiers/{officialId}/findings")
    @PreAuthorize("hasRole('ASSESSOR')")
    String findings(@PathVariable long id, @PathVariable long officialId, @Valid @ModelAttribute("findingsForm") FindingsForm form,
                    BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            service.dossier(id, officialId); // the scope check first: an outsider learns nothing from a validation answer
            return Steps.invalid(dossierPage(id, officialId), redirect, "findingsForm", form, result);
        }
        return Steps.run(dossierPage(id, officialId), redirect, "trackrecord.findings.saved", "findingsForm", form, result,
                () -> service.recordFindings(id, officialId, form.toFindings()));
    }

    @PostMapping("/track-records/{id}/dossiers/{officialId}/interviews")
    @PreAuthorize("hasRole('ASSESSOR')")
    String interview(@PathVariable long id, @PathVariable long officialId, @Valid @ModelAttribute("interviewForm") InterviewForm form,
                     BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            service.dossier(id, officialId);
            return Steps.invalid(dossierPage(id, officialId), redirect, "interviewForm", form, result);
        }
        return Steps.run(dossierPage(id, officialId), redirect, "trackrecord.interview.added", "interviewForm", form, result,
                () -> service.addInterview(id, officialId, new TrackRecordService.NewInterview(form.getSource(), form.getSourceName(),
                        form.getInterviewedOn(), form.getFinding())));
    }
}
