package id.merit.talent.domain;

import id.merit.assessment.AssessmentQueries;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeRef;
import id.merit.shared.TalentPlacements;
import id.merit.talent.rules.TalentClassifier;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link TalentPlacements} for the selection dossier: the same placement as the talent section of the employee page. */
@Service
@Transactional(readOnly = true)
class LatestPlacements implements TalentPlacements {
    private final EmployeeDirectory directory;
    private final AssessmentQueries assessments;
    private final TalentService talent;

    LatestPlacements(EmployeeDirectory directory, AssessmentQueries assessments, TalentService talent) {
        this.directory = directory;
        this.assessments = assessments;
        this.talent = talent;
    }

    @Override
    public Optional<Placement> latest(String nip) {
        Optional<EmployeeRef> ref = directory.ref(nip);
        if (ref.isEmpty() || !TalentClassifier.measured(ref.get().employeeType())) {
            return Optional.empty();
        }
        EmployeeRef e = ref.get();
        return talent.latestYearWithData(nip, assessments.forEmployee(nip)).flatMap(year -> {
            TalentClassifier.Result r = talent.classify(e.id(), e.nip(), e.employeeType(), year);
            return r.placed() ? Optional.of(new Placement(year, r.box(), r.talentPool())) : Optional.empty();
        });
    }
}
