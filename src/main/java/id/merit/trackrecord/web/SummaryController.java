package id.merit.trackrecord.web;

import id.merit.shared.HtmlPdf;
import id.merit.trackrecord.domain.TrackRecordService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The summary of an investigation for the regent (seed 004: the results go to the head of region), on screen and as PDF. */
@Controller
class SummaryController {
    private final TrackRecordService service;
    private final SummaryPdf pdf;

    SummaryController(TrackRecordService service, SummaryPdf pdf) {
        this.service = service;
        this.pdf = pdf;
    }

    @GetMapping("/track-records/{id}/summary")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    String summary(@PathVariable long id, Model model) {
        model.addAttribute("s", service.summary(id));
        return "trackrecord/summary";
    }

    @GetMapping("/track-records/{id}/summary.pdf")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    ResponseEntity<byte[]> summaryPdf(@PathVariable long id) {
        return HtmlPdf.download("rekam-jejak-" + id + ".pdf", pdf.render(service.summary(id)));
    }
}
