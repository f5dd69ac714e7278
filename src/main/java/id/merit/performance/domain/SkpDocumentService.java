package id.merit.performance.domain;

import id.merit.employee.EmployeeQueries;
import id.merit.employee.EmployeeView;
import id.merit.performance.rules.PredicateMatrix;
import id.merit.profile.InstanceProfile;
import id.merit.profile.ProfileQueries;
import id.merit.shared.HtmlPdf;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.Pangkat;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The SKP document of a year as PDF (issue 12 item 5): the employee, the rater, both ratings, the predicate with the
 * matrix it comes from, and the objection's outcome when there was one. Rendered like the discipline letters: a
 * Thymeleaf XHTML template in Indonesian (official documents are in Bahasa Indonesia) converted by openhtmltopdf.
 */
@Service
@Transactional(readOnly = true)
public class SkpDocumentService {

    static final Locale INDONESIAN = new Locale("id");

    private final EmployeeQueries employees;
    private final SkpService skp;
    private final ObjectionService objections;
    private final FollowUpService followUps;
    private final ProfileQueries profile;
    private final ITemplateEngine templates;
    private final java.time.Clock clock;

    SkpDocumentService(EmployeeQueries employees, SkpService skp, ObjectionService objections, FollowUpService followUps,
                       ProfileQueries profile, ITemplateEngine templates, java.time.Clock clock) {
        this.clock = clock;
        this.employees = employees;
        this.skp = skp;
        this.objections = objections;
        this.followUps = followUps;
        this.profile = profile;
        this.templates = templates;
    }

    /** The document of the employee's ANNUAL evaluation of {@code year} (scoped); NotFoundProblem without one. */
    @Transactional   // the view of the personal record is audited with the request
    public byte[] pdf(String nip, int year) {
        EmployeeView e = employees.get(nip);
        SkpEntry entry = skp.annualOf(e.id(), year)
                .orElseThrow(() -> new NotFoundProblem("performance.problem.none", nip, String.valueOf(year)));
        InstanceProfile p = profile.current().orElse(null);
        Map<String, Object> model = new HashMap<>();
        model.put("e", e);
        model.put("v", entry);
        model.put("year", year);
        model.put("rank", e.rank() == null ? "-" : Pangkat.full(e.rank()));
        model.put("government", p == null ? null : p.government());
        model.put("agency", p == null ? null : p.agency());
        model.put("place", p == null ? null : p.place());
        model.put("logo", profile.logoDataUri().orElse(null));
        model.put("basis", PredicateMatrix.BASIS);
        model.put("objection", objections.forEvaluations(List.of(entry.id())).get(entry.id()));
        model.put("followUp", followUps.forEvaluations(List.of(entry.id())).get(entry.id()));
        model.put("today", objections.today());
        model.put("updated", entry.updatedAt() == null ? null : LocalDate.ofInstant(entry.updatedAt(), clock.getZone()));
        return render(templates.process("performance/skp-pdf", new Context(INDONESIAN, model)));
    }

    static byte[] render(String html) {
        return HtmlPdf.render(html);
    }
}
