package id.merit.discipline.web;

import id.merit.discipline.domain.CaseService;
import id.merit.employee.EmployeePageSection;
import id.merit.employee.EmployeeView;
import id.merit.shared.CurrentUser;
import id.merit.shared.Role;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The person's discipline cases on the employee page (issue 9 item 4): number and opening date, source, stage and
 * decision, each linking to its case; an empty state when there are none. The page is scope-checked already and the
 * list is scoped again ({@link CaseService#ofEmployee}); an assessor, who may see no case, gets no section.
 */
@Component
class CasesSection implements EmployeePageSection {
    private final CaseService cases;

    CasesSection(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public Optional<Section> section(EmployeeView employee) {
        if (CurrentUser.require().is(Role.ASSESSOR)) {
            return Optional.empty();
        }
        return Optional.of(new Section("discipline/employee-cases", "cases", cases.ofEmployee(employee.nip())));
    }
}
