package id.merit.unitassessment.web;

import id.merit.unitassessment.domain.LeagueCalculator;
import id.merit.unitassessment.domain.UnitAssessmentService;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The unit (OPD) league table of a year with its chart, the drill-down per OPD and the {@code .xlsx} export. Scope as
 * {@link UnitAssessmentService}: BKPSDM and the regent every OPD, an OPD head their own.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
class LeagueController {
    private final UnitAssessmentService service;
    private final UnitPages pages;
    private final MessageSource messages;

    LeagueController(UnitAssessmentService service, UnitPages pages, MessageSource messages) {
        this.service = service;
        this.pages = pages;
        this.messages = messages;
    }

    /** The last complete year (the annual SKP of the running year is not in yet). */
    @GetMapping("/unit-assessments")
    String index() {
        return "redirect:/unit-assessments/" + (service.currentYear() - 1);
    }

    @GetMapping("/unit-assessments/{year}")
    String league(@PathVariable int year, Model model) {
        return pages.league(year, model);
    }

    @GetMapping("/unit-assessments/{year}/{opd}")
    String detail(@PathVariable int year, @PathVariable String opd, Model model) {
        return pages.detail(year, opd, model);
    }

    @GetMapping("/unit-assessments/{year}/export.xlsx")
    void export(@PathVariable int year, jakarta.servlet.http.HttpServletResponse response) throws IOException {
        LeagueCalculator.League league = service.league(year);
        response.setContentType(LeagueWorkbook.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("penilaian-unit-" + year + ".xlsx").build().toString());
        new LeagueWorkbook(messages).write(league, response.getOutputStream());
    }
}
