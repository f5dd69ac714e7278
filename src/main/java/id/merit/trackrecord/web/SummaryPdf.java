package id.merit.trackrecord.web;

import id.merit.shared.Formats;
import id.merit.shared.HtmlPdf;
import id.merit.trackrecord.domain.TrackRecordService;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** The regent's summary as PDF, like the selection results: a Thymeleaf XHTML template in Indonesian through openhtmltopdf. */
@Component
class SummaryPdf {
    static final Locale INDONESIAN = new Locale("id");
    private final ITemplateEngine templates;
    private final Formats fmt;

    SummaryPdf(ITemplateEngine templates, Formats fmt) {
        this.templates = templates;
        this.fmt = fmt;
    }

    byte[] render(TrackRecordService.Summary s) {
        String html = templates.process("trackrecord/pdf/summary", new Context(INDONESIAN, Map.of("s", s, "fmt", fmt)));
        return HtmlPdf.render(html);
    }
}
