package id.merit.reporting.web;

import id.merit.performance.SkpPredicate;
import id.merit.reporting.domain.Dashboard;
import id.merit.reporting.domain.DashboardService;
import id.merit.shared.CurrentUser;
import id.merit.shared.Role;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The regent's dashboard (REGENT, ADMIN, OFFICER): {@code /dashboard} opens the current year, {@code /dashboard/{year}}
 * the page (every figure linking to the list behind it, charts drawn by {@code charts.js}, a print stylesheet) and
 * {@code /dashboard/{year}?format=xlsx} the same figures as a workbook, {@code ?format=pdf} as a PDF with its charts as images.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
class DashboardController {
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    /** The 9-box as the talent grid draws it: rows above / meets / below expectations, columns low / medium / high potential. */
    static final List<List<Integer>> BOX_ROWS = List.of(List.of(4, 7, 9), List.of(2, 5, 8), List.of(1, 3, 6));
    static final List<String> ROW_AXES = List.of("ABOVE", "MEETS", "BELOW");
    static final List<String> COLUMN_AXES = List.of("LOW", "MEDIUM", "HIGH");
    private final DashboardService dashboards;
    private final MessageSource messages;
    private final DashboardPdf pdf;

    DashboardController(DashboardService dashboards, MessageSource messages, DashboardPdf pdf) {
        this.dashboards = dashboards;
        this.messages = messages;
        this.pdf = pdf;
    }

    /** The current year, or the year the selector sends. */
    @GetMapping("/dashboard")
    String current(@RequestParam(required = false) Integer year) {
        return "redirect:/dashboard/" + (year == null ? dashboards.currentYear() : year);
    }

    @GetMapping("/dashboard/{year}")
    String page(@PathVariable int year, Model model) {
        var kept = dashboards.kept(year);
        Dashboard d = kept.value();
        model.addAttribute("computedAt", kept.computedAt());
        model.addAttribute("keptSeconds", dashboards.keptSeconds());
        Locale locale = LocaleContextHolder.getLocale();
        boolean bkpsdm = CurrentUser.require().is(Role.ADMIN, Role.OFFICER);
        model.addAttribute("d", d);
        model.addAttribute("years", dashboards.years());
        model.addAttribute("boxRows", BOX_ROWS);
        model.addAttribute("rowAxes", ROW_AXES);
        model.addAttribute("columnAxes", COLUMN_AXES);
        model.addAttribute("bkpsdm", bkpsdm);
        model.addAttribute("awaitingChoice", dashboards.awaitingChoice());
        model.addAttribute("investigations", dashboards.unfinishedInvestigations());
        if (d.ipAsn() != null) {
            List<String> labels = new ArrayList<>();
            List<String> links = new ArrayList<>();
            d.ipAsn().byCategory().keySet().forEach(c -> {
                labels.add(messages.getMessage("professionalism.category." + c, null, locale));
                links.add("/professionalism/" + year);
            });
            model.addAttribute("ipAsnLabels", String.join("|", labels));
            model.addAttribute("ipAsnValues", join(d.ipAsn().byCategory().values()));
            model.addAttribute("ipAsnLinks", String.join("|", links));
        }
        List<String> skpLabels = new ArrayList<>();
        List<Long> skpValues = new ArrayList<>();
        for (SkpPredicate p : SkpPredicate.values()) {
            skpLabels.add(messages.getMessage("performance.predicate." + p.name(), null, locale));
            skpValues.add(d.skp().byPredicate().get(p));
        }
        skpLabels.add(messages.getMessage("reporting.skp.missing", null, locale));
        skpValues.add(d.skp().missing());
        model.addAttribute("skpLabels", String.join("|", skpLabels));
        model.addAttribute("skpValues", join(skpValues));
        // the SKP list is BKPSDM's workspace: the regent gets no link to a page they cannot open
        model.addAttribute("skpLinks", bkpsdm ? String.join("|", java.util.Collections.nCopies(skpLabels.size(), "/performance/" + year)) : "");
        // discipline by month: one series per level, each month linked to the year's statistics per OPD
        List<String> months = new ArrayList<>();
        for (java.time.Month m : java.time.Month.values()) {
            months.add(m.getDisplayName(java.time.format.TextStyle.SHORT, locale));
        }
        model.addAttribute("trendLabels", String.join("|", months));
        model.addAttribute("trendSeries", d.discipline().byLevel().values().stream().map(DashboardController::join)
                .collect(java.util.stream.Collectors.joining(";")));
        model.addAttribute("trendNames", d.discipline().byLevel().keySet().stream()
                .map(l -> messages.getMessage("discipline.level." + l.name(), null, locale)).collect(java.util.stream.Collectors.joining("|")));
        model.addAttribute("trendLinks", String.join("|", java.util.Collections.nCopies(12, "/discipline/stats?year=" + year)));
        return "reporting/dashboard";
    }

    @GetMapping(value = "/dashboard/{year}", params = "format=xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable int year) throws IOException {
        Dashboard d = dashboards.dashboard(year);
        byte[] body = new DashboardWorkbook(messages, LocaleContextHolder.getLocale()).write(d);
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("dasbor-" + year + ".xlsx").build().toString())
                .body(body);
    }

    /** The same figures as a PDF made on the server, its charts drawn as images (for print and for the file). */
    @GetMapping(value = "/dashboard/{year}", params = "format=pdf")
    ResponseEntity<byte[]> pdf(@PathVariable int year) {
        byte[] body = pdf.render(dashboards.dashboard(year), LocaleContextHolder.getLocale());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("dasbor-" + year + ".pdf").build().toString())
                .body(body);
    }

    private static String join(java.util.Collection<Long> values) {
        return String.join("|", values.stream().map(String::valueOf).toList());
    }
}
