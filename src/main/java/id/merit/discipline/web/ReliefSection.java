package id.merit.discipline.web;

import id.merit.discipline.domain.CaseService;
import id.merit.employee.EmployeePageSection;
import id.merit.employee.EmployeeView;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Shows a relief from the post in force (PP 94/2021 Pasal 31) on the employee page, linking to its case. */
@Component
class ReliefSection implements EmployeePageSection {
    private final CaseService cases;

    ReliefSection(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public Optional<Section> section(EmployeeView employee) {
        return cases.activeRelief(employee.nip()).map(r -> new Section("discipline/relief", "employee", r));
    }
}
