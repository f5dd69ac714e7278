package id.merit.performance.domain;

import id.merit.employee.EmployeeQueries;
import id.merit.performance.PerformanceRecord;
import id.merit.shared.NotFoundProblem;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Scoped reads of SKP evaluations for the API and the pages: the employee is resolved through the staff scope first. */
@Service
@Transactional(readOnly = true)
public class PerformanceService {

    private final EmployeeQueries employees;
    private final PerformanceStore store;

    PerformanceService(EmployeeQueries employees, PerformanceStore store) {
        this.employees = employees;
        this.store = store;
    }

    /**
     * The ANNUAL evaluation of {@code year} (interchange.md §3 Performance). NotFoundProblem for an unknown NIP or a
     * year without one; AccessDeniedProblem outside the current user's scope.
     */
    public PerformanceRecord annual(String nip, int year) {
        employees.get(nip);
        return store.annual(nip, year).orElseThrow(() -> new NotFoundProblem("performance.problem.none", nip, String.valueOf(year)));
    }

    /** Every evaluation of an employee the caller has already resolved through the scope (the employee page). */
    public List<PerformanceRecord> history(String nip) {
        return store.forEmployee(nip);
    }
}
