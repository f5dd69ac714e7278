package id.merit.unitassessment.web;

import id.merit.shared.BusinessProblem;
import id.merit.unitassessment.domain.UnitAssessmentService;
import jakarta.validation.Valid;
import java.io.IOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The team's records of an OPD: an innovation or award with points and evidence (ADMIN, OFFICER, on the team's behalf,
 * naming the assessing member), its deletion, and the evidence download (in the viewer's scope).
 */
@Controller
class EntryController {
    private final UnitAssessmentService service;
    private final UnitPages pages;

    EntryController(UnitAssessmentService service, UnitPages pages) {
        this.service = service;
        this.pages = pages;
    }

    @PostMapping("/unit-assessments/{year}/{opd}/entries")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String record(@PathVariable int year, @PathVariable String opd, @Valid @ModelAttribute("entryForm") EntryForm form,
                  BindingResult errors, Model model, RedirectAttributes redirect) throws IOException {
        if (form.getEvidence() == null || form.getEvidence().isEmpty()) {
            errors.rejectValue("evidence", "unitassessment.entry.error.evidenceMissing");
        } else if (form.getEvidence().getSize() > UnitAssessmentService.MAX_EVIDENCE_BYTES) {
            errors.rejectValue("evidence", "unitassessment.entry.error.evidenceTooLarge",
                    new Object[] {UnitAssessmentService.MAX_EVIDENCE_BYTES / 1024 / 1024}, null);
        }
        if (!errors.hasErrors()) {
            try {
                long id = service.record(year, opd, form.toEntry(),
                        new UnitAssessmentService.Evidence(form.getEvidence().getOriginalFilename(), form.getEvidence().getBytes()));
                redirect.addFlashAttribute("success", "unitassessment.entry.recorded");
                redirect.addFlashAttribute("successArgs", new Object[] {form.getTitle().strip(), String.valueOf(id)});
                return "redirect:/unit-assessments/" + year + "/" + opd;
            } catch (BusinessProblem e) {
                errors.rejectValue(e.field() == null ? "title" : e.field(), e.messageKey(), e.args(), e.messageKey());
            }
        }
        return pages.detail(year, opd, model);
    }

    @PostMapping("/unit-assessments/{year}/entries/delete")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String delete(@PathVariable int year, @RequestParam long entry, RedirectAttributes redirect) {
        String opd = service.delete(year, entry);
        redirect.addFlashAttribute("success", "unitassessment.entry.deleted");
        redirect.addFlashAttribute("successArgs", new Object[] {String.valueOf(entry)});
        return "redirect:/unit-assessments/" + year + "/" + opd;
    }

    @GetMapping("/unit-assessments/{year}/{opd}/entries/{entry}/evidence")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
    ResponseEntity<byte[]> evidence(@PathVariable int year, @PathVariable String opd, @PathVariable long entry) {
        UnitAssessmentService.EvidenceFile f = service.evidence(year, opd, entry);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(f.filename()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(f.contentType()))
                .body(f.content());
    }
}
