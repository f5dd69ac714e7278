package id.merit.reporting.web;

import id.merit.performance.SkpPredicate;
import id.merit.reporting.domain.Dashboard;
import id.merit.shared.HtmlPdf;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The regent's dashboard as a PDF made on the server (issue 15 item 1): the same figures as the page, its charts drawn as
 * images ({@link ChartImage}), in the reader's language, through openhtmltopdf like the letters.
 */
@Component
class DashboardPdf {
    private final ITemplateEngine templates;
    private final id.merit.shared.Formats fmt;

    DashboardPdf(ITemplateEngine templates, id.merit.shared.Formats fmt) {
        this.templates = templates;
        this.fmt = fmt;
    }

    byte[] render(Dashboard d, Locale locale) {
        List<Long> skp = new ArrayList<>();
        for (SkpPredicate p : SkpPredicate.values()) {
            skp.add(d.skp().byPredicate().get(p));
        }
        skp.add(d.skp().missing());
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("d", d);
        model.put("fmt", fmt);
        model.put("palette", ChartImage.PALETTE);
        model.put("predicates", SkpPredicate.values());
        model.put("skpChart", ChartImage.bars(List.of(skp)));
        model.put("trendChart", ChartImage.bars(new ArrayList<>(d.discipline().byLevel().values())));
        model.put("boxRows", DashboardController.BOX_ROWS);
        model.put("rowAxes", DashboardController.ROW_AXES);
        model.put("columnAxes", DashboardController.COLUMN_AXES);
        if (d.ipAsn() != null) {
            model.put("ipAsnChart", ChartImage.bars(List.of(new ArrayList<>(d.ipAsn().byCategory().values()))));
        }
        String html = templates.process("reporting/pdf/dashboard", new Context(locale, model));
        return HtmlPdf.render(html);
    }
}
