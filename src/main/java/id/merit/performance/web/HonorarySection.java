package id.merit.performance.web;

import id.merit.employee.EmployeePageSection;
import id.merit.employee.EmployeeView;
import id.merit.performance.domain.HonoraryEvaluationService;
import id.merit.performance.rules.HonoraryEvaluationPolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * On the employee page of honorary (non-ASN) staff, which is already scope-checked: their yearly evaluations with the
 * recommendation, and the UU 20/2023 Pasal 66 warning when they were taken on after 31 October 2023.
 */
@Component
class HonorarySection implements EmployeePageSection {

    /** {@code currentYear} links the evaluators to this year's form. */
    record History(String nip, List<HonoraryEvaluationService.Evaluation> rows, boolean takenOnAfterBan, LocalDate firstStart,
                   LocalDate banDate, int currentYear) {
    }

    private final HonoraryEvaluationService evaluations;

    HonorarySection(HonoraryEvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @Override
    public Optional<Section> section(EmployeeView employee) {
        if (employee.employeeType().isAsn()) {
            return Optional.empty();
        }
        LocalDate first = evaluations.firstPositionStart(employee.id());
        return Optional.of(new Section("performance/honorary-section", "employee",
                new History(employee.nip(), evaluations.history(employee.id()), HonoraryEvaluationPolicy.takenOnAfterBan(first), first,
                        HonoraryEvaluationPolicy.NON_ASN_BAN, evaluations.currentYear())));
    }
}
