package id.merit.discipline.web;

import id.merit.discipline.domain.LetterKind;
import id.merit.discipline.domain.LetterService;
import id.merit.shared.NotFoundProblem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** {@code GET /discipline/cases/{id}/letters/{summons|reprimand|decision}.pdf} for whoever may see the case. */
@Controller
class LetterController {
    private final LetterService letters;

    LetterController(LetterService letters) {
        this.letters = letters;
    }

    @GetMapping("/discipline/cases/{id}/letters/{kind}.pdf")
    ResponseEntity<byte[]> letter(@PathVariable long id, @PathVariable String kind) {
        LetterKind k = LetterKind.fromSlug(kind).orElseThrow(() -> new NotFoundProblem("discipline.letter.error.notAvailable"));
        byte[] pdf = letters.pdf(id, k);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(kind + "-" + id + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }
}
