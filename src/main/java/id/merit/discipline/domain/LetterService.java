package id.merit.discipline.domain;

import id.merit.discipline.domain.CaseViews.Detail;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.profile.ProfileQueries;
import id.merit.shared.HtmlPdf;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.Pangkat;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The letters of a case as PDF: Surat Panggilan, Surat Teguran Tertulis and Keputusan Hukuman Disiplin. Each is a
 * Thymeleaf XHTML template ({@code templates/discipline/letters/<kind>.html}) rendered in Indonesian — official
 * letters are in Bahasa Indonesia whatever the user's language — and converted by openhtmltopdf.
 */
@Service
public class LetterService {

    static final Locale INDONESIAN = new Locale("id");

    static {
        // openhtmltopdf logs every render at INFO through java.util.logging; keep its warnings only
        com.openhtmltopdf.util.XRLog.listRegisteredLoggers()
                .forEach(name -> com.openhtmltopdf.util.XRLog.setLevel(name, java.util.logging.Level.WARNING));
    }
    private final CaseService cases;
    private final ITemplateEngine templates;
    private final LetterSettings settings;
    private final ProfileQueries profile;

    private final OpdQueries opds;

    LetterService(CaseService cases, ITemplateEngine templates, LetterSettings settings, ProfileQueries profile, OpdQueries opds) {
        this.opds = opds;
        this.cases = cases;
        this.templates = templates;
        this.settings = settings;
        this.profile = profile;
    }

    /** The letter of a case the user may see; NotFoundProblem when the case has no such letter (yet). */
    public byte[] pdf(long caseId, LetterKind kind) {
        Detail c = cases.get(caseId);
        if (!c.letters().contains(kind)) {
            throw new NotFoundProblem("discipline.letter.error.notAvailable");
        }
        Letterhead head = Letterhead.of(profile.current().orElse(null), profile.logoDataUri().orElse(null), settings);
        return render(templates, kind, c, head, opds.byId(c.opdId()).map(OpdView::address).orElse(null));
    }

    /** Renders one letter with the configured letterhead (tests with a stand-alone template engine). */
    public static byte[] render(ITemplateEngine engine, LetterKind kind, Detail c, LetterSettings settings) {
        return render(engine, kind, c, Letterhead.of(null, null, settings), null);
    }

    /** Renders one letter on the issuing office's letterhead, the employee's rank written in full ("Penata Muda Tingkat I, III/b"). */
    public static byte[] render(ITemplateEngine engine, LetterKind kind, Detail c, Letterhead letterhead, String opdAddress) {
        String html = engine.process("discipline/letters/" + kind.slug(), new Context(INDONESIAN,
                Map.of("c", c, "letterhead", letterhead.issuedBy(kind, c, opdAddress), "rank", Pangkat.full(c.employeeRank()))));
        return HtmlPdf.render(html);
    }
}
