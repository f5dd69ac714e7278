package id.merit.employee;

import java.util.List;

/**
 * One employee's data completeness (employee/rules/DataCompleteness) for other modules' aggregates (the unit
 * assessment's personnel-data compliance): the percentage and the codes of the missing items
 * (EDUCATION, POSITION, PHONE, EMAIL, RANK, RECENT_TRAINING), in the rule's order.
 */
public record CompletenessFigure(long employeeId, int percent, List<String> missing) {
}
