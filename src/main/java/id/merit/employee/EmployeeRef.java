package id.merit.employee;

import java.time.LocalDate;

/** The minimum other modules need to link to an employee (not scope-checked: use for internal computations). */
public record EmployeeRef(long id, String nip, String name, EmployeeType employeeType, long opdId, PositionKind positionKind,
                          LocalDate birthDate) {
}
