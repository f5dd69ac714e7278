package id.merit.talent.web;

import id.merit.talent.domain.TalentService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * interchange.md §3 Talent: {@code GET /api/v1/employees/{nip}/talent/{year}} →
 * {@code {"nip","year","performance","potential","box","talentPool","reasons"}}. Scope is checked in the service
 * (404 unknown NIP, 403 outside the scope); 422 for CPNS and non-ASN staff; 404 naming the missing input.
 */
@RestController
class TalentApiController {
    private final TalentService talent;

    TalentApiController(TalentService talent) {
        this.talent = talent;
    }

    @GetMapping("/api/v1/employees/{nip}/talent/{year}")
    TalentService.Answer talent(@PathVariable String nip, @PathVariable int year) {
        return talent.answer(nip, year);
    }
}
