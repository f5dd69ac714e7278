package id.merit.professionalism.web;

import static id.merit.professionalism.web.IpAsnJson.plain;

import id.merit.professionalism.domain.ExplanationText;
import id.merit.professionalism.domain.IpAsnService;
import id.merit.professionalism.rules.IpAsnResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * interchange.md §3: {@code GET /api/v1/employees/{nip}/professionalism-index/{year}} — computed from the employee's
 * records at the time of asking; explanation and missing data in Indonesian. Scope in the service (404 unknown NIP,
 * 403 outside the caller's scope); 422 for CPNS and non-ASN staff and for a year outside 2015 … next year.
 */
@RestController
class IpAsnApiController {
    private final IpAsnService service;
    private final ExplanationText text;

    IpAsnApiController(IpAsnService service, ExplanationText text) {
        this.service = service;
        this.text = text;
    }

    @GetMapping("/api/v1/employees/{nip}/professionalism-index/{year}")
    IpAsnJson employee(@PathVariable String nip, @PathVariable int year) {
        IpAsnResult r = service.forEmployee(nip, year);
        return new IpAsnJson(nip, r.year(), plain(r.qualification()), plain(r.competency()), plain(r.performance()),
                plain(r.discipline()), plain(r.total()), r.category(), text.render(r.explanation(), ExplanationText.INDONESIAN),
                text.missing(r.missingData(), ExplanationText.INDONESIAN));
    }
}
