package id.merit.professionalism.web;

import id.merit.professionalism.IndexYear;
import id.merit.professionalism.domain.IpAsnService;
import id.merit.professionalism.domain.RankingService;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * The IP ASN rankings page of a year: the OPD league (mean index of each top-level OPD with its sub-units) and the
 * employees by total (filtered by OPD, paged), with the rule set and the time of the stored computation; BKPSDM can
 * recompute the year. Scope as the rankings API (RankingService).
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
class RankingPageController {
    static final int PAGE_SIZE = 25;
    private final RankingService rankings;
    private final IpAsnService ipAsn;

    private final RankingWorkbook workbook;

    RankingPageController(RankingService rankings, IpAsnService ipAsn, org.springframework.context.MessageSource messages) {
        this.rankings = rankings;
        this.ipAsn = ipAsn;
        this.workbook = new RankingWorkbook(messages);
    }

    /** The employee ranking (in scope, honouring {@code opd}) and the OPD league of the year as .xlsx. */
    @GetMapping("/professionalism/{year}/export.xlsx")
    void export(@PathVariable int year, @RequestParam(required = false) String opd, @RequestParam(required = false) String kind,
                jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        String filter = opd == null || opd.isBlank() ? null : opd.strip();
        var employees = rankings.employees(year, filter, kind(kind), RankingService.MAX_LIMIT);
        var league = rankings.opds(year, filter);
        String filename = "peringkat-ip-asn-" + year + (filter == null ? "" : "-" + filter) + ".xlsx";
        response.setContentType(RankingWorkbook.CONTENT_TYPE);
        response.setHeader(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                org.springframework.http.ContentDisposition.attachment().filename(filename).build().toString());
        workbook.write(employees, league, response.getOutputStream());
    }

    /** The last complete year (the annual SKP of the running year is not in yet). */
    @GetMapping("/professionalism")
    String index() {
        return "redirect:/professionalism/" + (ipAsn.currentYear() - 1);
    }

    @GetMapping("/professionalism/{year}")
    String page(@PathVariable int year, @RequestParam(required = false) String opd, @RequestParam(required = false) String kind,
                @RequestParam(defaultValue = "0") int page, Model model) {
        String filter = opd == null || opd.isBlank() ? null : opd.strip();
        String positionKind = kind(kind);
        IndexYear y = rankings.year(year);
        model.addAttribute("year", y);
        model.addAttribute("opdRanks", rankings.opds(year));
        model.addAttribute("page", rankings.page(year, filter, positionKind, page, PAGE_SIZE));
        model.addAttribute("opd", filter);
        model.addAttribute("kind", positionKind);
        model.addAttribute("kinds", java.util.Arrays.stream(id.merit.employee.PositionKind.values()).map(Enum::name).toList());
        model.addAttribute("opdOptions", rankings.filterOptions());
        List<Integer> years = new ArrayList<>();
        for (int i = ipAsn.currentYear(); i >= Math.max(IpAsnService.FIRST_YEAR, ipAsn.currentYear() - 6); i--) {
            years.add(i);
        }
        if (!years.contains(year)) {
            years.add(year);
        }
        model.addAttribute("years", years);
        StringBuilder query = new StringBuilder(filter == null ? "" : "opd=" + UriUtils.encodeQueryParam(filter, StandardCharsets.UTF_8));
        if (positionKind != null) {
            query.append(query.isEmpty() ? "" : "&").append("kind=").append(positionKind);
        }
        model.addAttribute("pageQuery", query.toString());
        return "professionalism/rankings";
    }

    @PostMapping("/professionalism/{year}/recompute")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String recompute(@PathVariable int year, RedirectAttributes flash) {
        RankingService.Recomputed all = rankings.recomputeAll(year);
        IndexYear y = all.index();
        long talentRows = all.others().stream().mapToLong(r -> r.rows()).sum();
        long talentMs = all.others().stream().mapToLong(r -> r.durationMs()).sum();
        flash.addFlashAttribute("success", "professionalism.recomputed");
        flash.addFlashAttribute("successArgs", new Object[] {String.valueOf(year), String.valueOf(y.employees()), String.valueOf(y.durationMs()),
                String.valueOf(talentRows), String.valueOf(talentMs)});
        return "redirect:/professionalism/" + year;
    }

    /** A PositionKind code, or null for "every kind" (blank or unknown: no filter). */
    static String kind(String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        return java.util.Arrays.stream(id.merit.employee.PositionKind.values()).map(Enum::name)
                .filter(k -> k.equals(kind.strip())).findFirst().orElse(null);
    }
}
