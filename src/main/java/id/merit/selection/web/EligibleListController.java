package id.merit.selection.web;

import id.merit.employee.PositionKind;
import id.merit.selection.domain.EligibleListService;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

/**
 * "Pegawai yang memenuhi syarat": the PNS who meet the conditions of a post kind on a day (default today, JPT Pratama),
 * 50 per page with the count, optionally one OPD (with its sub-units). One set-based run of the eligibility rules.
 */
@Controller
class EligibleListController {
    static final int PAGE_SIZE = 50;
    private final EligibleListService service;

    EligibleListController(EligibleListService service) {
        this.service = service;
    }

    @GetMapping("/selection/eligible")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                @RequestParam(required = false) PositionKind kind, @RequestParam(required = false) String opd,
                @RequestParam(defaultValue = "0") int page, Model model) {
        EligibleListService.Listing l = service.list(date, kind, opd, page, PAGE_SIZE);
        model.addAttribute("l", l);
        model.addAttribute("kinds", EligibleListService.KINDS.stream().sorted().toList());
        model.addAttribute("pageQuery", "date=" + l.date() + "&kind=" + l.kind().name()
                + (l.opd() == null ? "" : "&opd=" + UriUtils.encodeQueryParam(l.opd(), StandardCharsets.UTF_8)));
        return "selection/eligible";
    }
}
