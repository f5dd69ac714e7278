package id.merit.assessment.web;

import id.merit.assessment.AssessmentDetail;
import id.merit.assessment.domain.AssessmentStore;
import id.merit.assessment.domain.CompetencyGapService;
import id.merit.employee.EmployeePageSection;
import id.merit.employee.EmployeeView;
import id.merit.shared.CurrentUser;
import id.merit.shared.Role;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The competency section of the employee page (the page is already scope-checked): the assessments with their
 * competency levels (BKPSDM: links to enter and edit), and the gap per competency of the latest assessment with levels
 * against the post's required levels, with development suggestions.
 */
@Component
class AssessmentSection implements EmployeePageSection {
    private final AssessmentStore store;
    private final CompetencyGapService gaps;

    AssessmentSection(AssessmentStore store, CompetencyGapService gaps) {
        this.store = store;
        this.gaps = gaps;
    }

    /** {@code gaps} null when no assessment has levels; {@code canEdit} for BKPSDM. */
    record View(String nip, List<AssessmentDetail> assessments, CompetencyGapService.StaffGaps gaps, boolean canEdit,
                List<String> levelFields) {
    }

    @Override
    public Optional<Section> section(EmployeeView employee) {
        boolean canEdit = CurrentUser.get().map(u -> u.is(Role.ADMIN, Role.OFFICER)).orElse(false);
        List<AssessmentDetail> all = store.details(employee.nip());
        if (all.isEmpty() && !canEdit) {
            return Optional.empty();
        }
        return Optional.of(new Section("assessment/employee", "employee", new View(employee.nip(), all,
                gaps.forEmployee(employee.nip()).orElse(null), canEdit, AssessmentForm.LEVELS)));
    }
}
