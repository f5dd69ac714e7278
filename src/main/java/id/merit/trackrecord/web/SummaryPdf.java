package id.merit.trackrecord.web;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import id.merit.shared.Formats;
import id.merit.trackrecord.domain.TrackRecordService;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResponseEntity<byte[]> download(String filename, byte[] pdf) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }
}
