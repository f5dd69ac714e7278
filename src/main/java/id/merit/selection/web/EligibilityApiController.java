package id.merit.selection.web;

import id.merit.selection.domain.EligibilityService;
import id.merit.selection.rules.Eligibility;
import id.merit.selection.rules.EligibilityReason;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * interchange.md §3 "Eligibility for an open JPT Pratama selection":
 * {@code GET /api/v1/employees/{nip}/eligibility/jpt-pratama?date=YYYY-MM-DD} ({@code date} defaults to today in the
 * instance's zone; a malformed date is a 400 problem; scope checked in the service). Beyond the contract's fields,
 * {@code explanation} holds one sentence per failed condition's record, in the request's language.
 */
@RestController
class EligibilityApiController {
    private final EligibilityService eligibility;
    private final SentenceWriter writer;

    EligibilityApiController(EligibilityService eligibility, SentenceWriter writer) {
        this.eligibility = eligibility;
        this.writer = writer;
    }

    record EligibilityJson(String nip, LocalDate date, boolean eligible, List<EligibilityReason> reasons, List<String> explanation) {
    }

    @GetMapping("/api/v1/employees/{nip}/eligibility/jpt-pratama")
    EligibilityJson jptPratama(@PathVariable String nip,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        Eligibility e = eligibility.jptPratama(nip, date);
        return new EligibilityJson(nip, e.date(), e.eligible(), e.reasons(), writer.sentences(e));
    }
}
