package id.merit.employee;

import java.util.Optional;

/**
 * A section another module adds to the employee page without the employee module depending on it (the discipline
 * module shows a relief from the post this way). The page inserts {@code template :: fragment(data)} under its header
 * for every bean that returns a section for the employee shown; the page itself is already scope-checked.
 */
public interface EmployeePageSection {

    /** The section for this employee, or empty when there is nothing to show. */
    Optional<Section> section(EmployeeView employee);

    /** {@code template} and {@code fragment} name a Thymeleaf fragment that takes one parameter, {@code data}. */
    record Section(String template, String fragment, Object data) {
    }
}
