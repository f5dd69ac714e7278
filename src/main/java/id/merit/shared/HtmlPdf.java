package id.merit.shared;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Server-made PDFs (letters, the SKP document, selection results, track-record summaries, the dashboard): a rendered
 * XHTML template through openhtmltopdf, and the download response for it.
 */
public final class HtmlPdf {
    private HtmlPdf() {
    }

    /** The PDF of a well-formed XHTML document (openhtmltopdf parses XHTML: no void {@code <br>}). */
    public static byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF as an attachment named {@code filename}. */
    public static ResponseEntity<byte[]> download(String filename, byte[] pdf) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(pdf);
    }
}
