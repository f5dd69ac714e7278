package id.merit.selection.web;

import id.merit.selection.domain.PanelService;
import id.merit.shared.HtmlPdf;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The announcement of a stage's results and of the ranking as PDF (regulations.md §6.3 row 5: results announced after
 * each stage), rendered like the discipline letters: a Thymeleaf XHTML template in Indonesian through openhtmltopdf.
 */
@Component
class ResultsPdf {
    static final Locale INDONESIAN = new Locale("id");
    private final ITemplateEngine templates;
    private final id.merit.shared.Formats fmt;

    ResultsPdf(ITemplateEngine templates, id.merit.shared.Formats fmt) {
        this.templates = templates;
        this.fmt = fmt;
    }

    /** The closing moment is written in the instance's time zone ("05-12-2026 10:15 WIB"). */
    byte[] stage(PanelService.StageResults res) {
        return render("selection/pdf/stage-results", Map.of("res", res, "closedAt", fmt.dateTime(res.closedAt())));
    }

    byte[] ranking(PanelService.RankingView rk) {
        return render("selection/pdf/ranking", Map.of("rk", rk));
    }

    /** The shortlist with the dossiers, for the regent (issue 14 item 4). */
    byte[] shortlist(id.merit.selection.domain.DecisionService.ShortlistView s) {
        return render("selection/pdf/shortlist", Map.of("s", s, "fmt", fmt));
    }

    /** The oversight report: ranking, shortlist, the regent's choice and rationale, cancellation and repetition. */
    byte[] oversight(id.merit.selection.domain.DecisionService.OversightReport o) {
        return render("selection/pdf/oversight", Map.of("o", o, "fmt", fmt));
    }

    private byte[] render(String template, Map<String, Object> model) {
        String html = templates.process(template, new Context(INDONESIAN, model));
        return HtmlPdf.render(html);
    }

}
