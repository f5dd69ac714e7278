package id.merit.employee;

import java.time.LocalDate;

/** One member of an employee's family in the registry. */
public record FamilyRecord(FamilyRelation relation, String name, LocalDate birthDate) {
}
