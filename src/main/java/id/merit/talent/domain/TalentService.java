package id.merit.talent.domain;

import id.merit.assessment.AssessmentQueries;
import id.merit.assessment.AssessmentRecord;
import id.merit.discipline.PunishmentQueries;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeQueries;
import id.merit.employee.EmployeeType;
import id.merit.employee.EmployeeView;
import id.merit.employee.TrainingRecord;
import id.merit.performance.PerformanceQueries;
import id.merit.performance.PerformanceRecord;
import id.merit.performance.SkpPeriod;
import id.merit.performance.SkpPredicate;
import id.merit.shared.BusinessProblem;
import id.merit.shared.NotFoundProblem;
import id.merit.talent.rules.TalentClassifier;
import id.merit.talent.rules.TalentClassifier.Inputs;
import id.merit.talent.rules.TalentClassifier.Refusal;
import id.merit.talent.rules.TalentClassifier.Result;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 9-box placement and talent-pool decision of one employee for a year (rules-defaults.md "Talent"): gathers the
 * inputs from performance, assessment, the registry (trainings) and discipline, and lets {@link TalentClassifier}
 * decide. The API path is scoped ({@link EmployeeQueries#get}); {@link #classify} is for callers that already checked
 * scope (the employee page).
 */
@Service
@Transactional(readOnly = true)
public class TalentService {

    /** Indonesian: the language of the API's {@code reasons} (interchange.md §3 Talent). */
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final EmployeeQueries employees;
    private final EmployeeDirectory directory;
    private final PerformanceQueries performance;
    private final AssessmentQueries assessments;
    private final PunishmentQueries punishments;
    private final TalentWording wording;
    private final TalentRuleSets ruleSets;

    TalentService(EmployeeQueries employees, EmployeeDirectory directory, PerformanceQueries performance, AssessmentQueries assessments,
                  PunishmentQueries punishments, TalentWording wording, TalentRuleSets ruleSets) {
        this.ruleSets = ruleSets;
        this.employees = employees;
        this.directory = directory;
        this.performance = performance;
        this.assessments = assessments;
        this.punishments = punishments;
        this.wording = wording;
    }

    /** interchange.md §3 Talent. */
    public record Answer(String nip, int year, String performance, String potential, int box, boolean talentPool,
                         List<String> reasons) {
    }

    /**
     * Scoped (404 unknown or 403 outside the scope). 422 for CPNS and non-ASN staff; 404 naming what is missing when
     * there is no ANNUAL performance of the year or no assessment on or before its 31 December.
     */
    public Answer answer(String nip, int year) {
        EmployeeView e = employees.get(nip);
        Result r = classify(e.id(), e.nip(), e.employeeType(), year);
        if (r.refusals().contains(Refusal.NOT_MEASURED)) {
            throw new BusinessProblem(null, "talent.error.notMeasured", e.nip(), e.employeeType().name());
        }
        if (!r.placed()) {
            String key = r.refusals().size() == 2 ? "talent.error.missingBoth"
                    : r.refusals().get(0) == Refusal.NO_ANNUAL_PERFORMANCE ? "talent.error.missingPerformance" : "talent.error.missingAssessment";
            throw new NotFoundProblem(key, e.nip(), String.valueOf(year), LocalDate.of(year, 12, 31).toString());
        }
        return new Answer(e.nip(), year, r.performance().name(), r.potential().name(), r.box(), r.talentPool(),
                wording.reasons(r.reasons(), INDONESIAN));
    }

    /** Not scoped: the caller has checked that the current user may see the employee. */
    public Result classify(long employeeId, String nip, EmployeeType type, int year) {
        return TalentClassifier.classify(ruleSets.forYear(year), inputs(employeeId, nip, type, year));
    }

    /** What the rule reads for one employee and year, read for that employee alone (the bulk pass reads everyone's at once). */
    Inputs inputs(long employeeId, String nip, EmployeeType type, int year) {
        SkpPredicate predicate = performance.annual(nip, year).map(PerformanceRecord::predicate).orElse(null);
        SkpPredicate previous = performance.annual(nip, year - 1).map(PerformanceRecord::predicate).orElse(null);
        AssessmentRecord assessment = assessments.latestOnOrBefore(nip, LocalDate.of(year, 12, 31)).orElse(null);
        int hours = trainingHours(directory.trainings(employeeId), year);
        return new Inputs(year, type, predicate, previous, assessment, hours, punishments.forEmployee(nip));
    }

    /** The latest year with an ANNUAL performance and an assessment on or before its end, if any. */
    public Optional<Integer> latestYearWithData(String nip, List<AssessmentRecord> assessmentsNewestFirst) {
        if (assessmentsNewestFirst.isEmpty()) {
            return Optional.empty();
        }
        LocalDate earliest = assessmentsNewestFirst.get(assessmentsNewestFirst.size() - 1).assessmentDate();
        return performance.forEmployee(nip).stream()
                .filter(p -> p.period() == SkpPeriod.ANNUAL && p.year() >= earliest.getYear())
                .map(PerformanceRecord::year).max(Integer::compare);
    }

    /** JP of the trainings that ended in {@code year} (PP 11/2017 Ps 203: competency development per year). */
    static int trainingHours(List<TrainingRecord> trainings, int year) {
        return trainings.stream().filter(t -> t.endDate() != null && t.endDate().getYear() == year).mapToInt(TrainingRecord::hours).sum();
    }
}
