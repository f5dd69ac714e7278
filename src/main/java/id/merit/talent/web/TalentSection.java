package id.merit.talent.web;

import id.merit.assessment.AssessmentQueries;
import id.merit.assessment.AssessmentRecord;
import id.merit.assessment.JpmBand;
import id.merit.employee.EmployeePageSection;
import id.merit.employee.EmployeeView;
import id.merit.talent.domain.TalentService;
import id.merit.talent.domain.TalentWording;
import id.merit.talent.rules.BoxMovement;
import id.merit.talent.rules.BoxRecommendations;
import id.merit.talent.rules.TalentClassifier;
import java.util.List;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The talent section of the employee page (the page is already scope-checked): the competency assessments with the
 * JPM band of their purpose's scheme, and the 9-box placement of the latest year with an ANNUAL performance and an
 * assessment before its end, with the pool decision and its reasons, last year's box and the movement from it, and the
 * recommendations of the box (PermenPANRB 3/2020). An empty state when nothing is recorded.
 */
@Component
class TalentSection implements EmployeePageSection {
    private final AssessmentQueries assessments;
    private final TalentService talent;
    private final TalentWording wording;

    TalentSection(AssessmentQueries assessments, TalentService talent, TalentWording wording) {
        this.assessments = assessments;
        this.talent = talent;
        this.wording = wording;
    }

    /** One assessment row; {@code band} is read on the scheme of {@code purpose}. */
    record AssessmentRow(AssessmentRecord assessment, JpmBand band) {
    }

    /** {@code placement} null when no year has both inputs; {@code measured} false for CPNS and non-ASN staff. */
    record View(List<AssessmentRow> assessments, boolean measured, Placement placement) {
        public boolean empty() {
            return assessments.isEmpty() && placement == null;
        }
    }

    /**
     * {@code previousBox} the box of {@code year − 1} (0: none), {@code movement} from it ({@link BoxMovement}),
     * {@code actions} the PermenPANRB 3/2020 recommendations of {@code box}.
     */
    record Placement(int year, String performance, String potential, int box, boolean talentPool, List<String> reasons,
                     List<String> notes, int previousBox, BoxMovement.Direction movement, List<BoxRecommendations.Action> actions) {
    }

    @Override
    public Optional<Section> section(EmployeeView employee) {
        List<AssessmentRecord> all = assessments.forEmployee(employee.nip());
        List<AssessmentRow> rows = all.stream().map(a -> new AssessmentRow(a, assessments.band(a))).toList();
        boolean measured = TalentClassifier.measured(employee.employeeType());
        Placement placement = null;
        if (measured) {
            placement = talent.latestYearWithData(employee.nip(), all).map(year -> {
                TalentClassifier.Result r = talent.classify(employee.id(), employee.nip(), employee.employeeType(), year);
                if (!r.placed()) {
                    return null;
                }
                var locale = LocaleContextHolder.getLocale();
                List<String> failed = r.reasons().stream().filter(TalentClassifier.Reason::keptOut).map(x -> wording.sentence(x, locale)).toList();
                List<String> notes = r.reasons().stream().filter(x -> !x.keptOut()).map(x -> wording.sentence(x, locale)).toList();
                TalentClassifier.Result last = talent.classify(employee.id(), employee.nip(), employee.employeeType(), year - 1);
                int previous = last.placed() ? last.box() : 0;
                return new Placement(year, r.performance().name(), r.potential().name(), r.box(), r.talentPool(), failed, notes,
                        previous, BoxMovement.of(previous, r.box()), BoxRecommendations.of(r.box()));
            }).orElse(null);
        }
        return Optional.of(new Section("talent/employee", "employee", new View(rows, measured, placement)));
    }
}
