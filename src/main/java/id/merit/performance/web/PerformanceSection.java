package id.merit.performance.web;

import id.merit.employee.EmployeePageSection;
import id.merit.employee.EmployeeView;
import id.merit.performance.PerformanceRecord;
import id.merit.performance.SkpPredicate;
import id.merit.performance.domain.PerformanceService;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The SKP history (every year and period, newest first) on the employee page, which is already scope-checked. */
@Component
class PerformanceSection implements EmployeePageSection {

    /** The rows to show; {@link #badge} gives the colour of a predicate. */
    record History(String nip, List<PerformanceRecord> rows) {
        public String badge(SkpPredicate predicate) {
            return PerformanceBadges.of(predicate);
        }
    }

    private final PerformanceService performance;

    PerformanceSection(PerformanceService performance) {
        this.performance = performance;
    }

    @Override
    public Optional<Section> section(EmployeeView employee) {
        return Optional.of(new Section("performance/section", "employee", new History(employee.nip(), performance.history(employee.nip()))));
    }
}
