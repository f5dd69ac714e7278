package id.merit.employee.domain;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

/**
 * The one "active staff" predicate of the registry (issue 15 item 3): an employee is active while no end of employment
 * is recorded. Active lists and headline counts (registry search, staff counts by OPD and type) use it; an employee's
 * own page, histories and past figures still show leavers.
 */
final class ActiveStaff {

    /** SQL over {@code employee.employee} (alias-free). */
    static final String SQL = "left_on IS NULL";

    private ActiveStaff() {
    }

    static Predicate of(Root<Employee> root, CriteriaBuilder cb) {
        return cb.isNull(root.get("leftOn"));
    }
}
