package id.merit.employee.web;

import id.merit.employee.EmployeeType;
import id.merit.employee.EmployeeView;
import id.merit.employee.FunctionalProfession;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import java.time.LocalDate;

/**
 * The employee record of {@code GET /api/v1/employees/{nip}}: codes as in interchange.md §2, dates ISO,
 * coordinates and distance as JSON numbers (null when unknown).
 */
public record EmployeeJson(String nip, String name, Gender gender, LocalDate birthDate, EmployeeType employeeType,
                           String opdCode, String opdName, String rank, String positionName, PositionKind positionKind,
                           PositionLevel positionLevel, FunctionalProfession functionalProfession, Double homeLat,
                           Double homeLon, Double distanceKm) {

    static EmployeeJson of(EmployeeView v) {
        return new EmployeeJson(v.nip(), v.name(), v.gender(), v.birthDate(), v.employeeType(), v.opdCode(), v.opdName(),
                v.rank(), v.positionName(), v.positionKind(), v.positionLevel(), v.functionalProfession(),
                v.homeLat() == null ? null : v.homeLat().doubleValue(), v.homeLon() == null ? null : v.homeLon().doubleValue(),
                v.distanceKm());
    }
}
