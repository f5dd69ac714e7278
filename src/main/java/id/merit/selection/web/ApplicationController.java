package id.merit.selection.web;

import id.merit.selection.domain.RoundService;
import id.merit.selection.rules.ScreeningResult;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Applicants of a round (internal from the registry, external with documents) and their administrative screening. */
@Controller
class ApplicationController {
    private final RoundService rounds;

    ApplicationController(RoundService rounds) {
        this.rounds = rounds;
    }

    private static String applicants(long id) {
        return "redirect:/selection/rounds/" + id + "?tab=applicants";
    }

    @PostMapping("/selection/rounds/{id}/applicants/internal")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String internal(@PathVariable long id, @RequestParam String nip, RedirectAttributes redirect) {
        return RoundController.step(applicants(id), redirect, "selection.application.added", () -> rounds.addInternal(id, nip));
    }

    @PostMapping("/selection/rounds/{id}/applicants/external")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String external(@PathVariable long id, @Valid @ModelAttribute("externalForm") ExternalForm form, BindingResult errors,
                    RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("error", "selection.application.error.external");
            return applicants(id);
        }
        List<RoundService.Upload> uploads = new ArrayList<>();
        for (MultipartFile f : form.getDocuments() == null ? List.<MultipartFile>of() : form.getDocuments()) {
            if (f == null || f.isEmpty()) {
                continue;
            }
            if (f.getSize() > RoundService.MAX_DOCUMENT_BYTES) {
                redirect.addFlashAttribute("error", "selection.application.error.documentTooLarge");
                redirect.addFlashAttribute("errorArgs", new Object[] {f.getOriginalFilename(), RoundService.MAX_DOCUMENT_BYTES / 1024 / 1024});
                return applicants(id);
            }
            try {
                uploads.add(new RoundService.Upload(f.getOriginalFilename(), f.getBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return RoundController.step(applicants(id), redirect, "selection.application.added",
                () -> rounds.addExternal(id, form.getName(), form.getOriginAgency(), uploads));
    }

    @PostMapping("/selection/rounds/{id}/applicants/{applicationId}/screening")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String screen(@PathVariable long id, @PathVariable long applicationId, @RequestParam int version, @RequestParam ScreeningResult result,
                  @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        if (reason != null && reason.length() > 1000) {
            redirect.addFlashAttribute("error", "selection.form.tooLong");
            return applicants(id);
        }
        return RoundController.step(applicants(id), redirect, "selection.application.screened",
                () -> rounds.screen(id, applicationId, version, result, reason));
    }

    @GetMapping("/selection/rounds/{id}/applicants/{applicationId}/documents/{documentId}")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    ResponseEntity<byte[]> document(@PathVariable long id, @PathVariable long applicationId, @PathVariable long documentId) {
        RoundService.DocumentFile f = rounds.document(id, applicationId, documentId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(f.filename()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(f.contentType()))
                .body(f.content());
    }

}
