package id.merit.employee;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The fields of the employees import and the registry form. */
public record EmployeeData(String nip, String name, Gender gender, LocalDate birthDate, EmployeeType employeeType,
                           String opdCode, String rank, String positionName, PositionKind positionKind,
                           PositionLevel positionLevel, FunctionalProfession functionalProfession, BigDecimal homeLat,
                           BigDecimal homeLon, String phone, String email) {

    public EmployeeData(String nip, String name, Gender gender, LocalDate birthDate, EmployeeType employeeType,
                        String opdCode, String rank, String positionName, PositionKind positionKind,
                        PositionLevel positionLevel, FunctionalProfession functionalProfession, BigDecimal homeLat,
                        BigDecimal homeLon) {
        this(nip, name, gender, birthDate, employeeType, opdCode, rank, positionName, positionKind, positionLevel,
                functionalProfession, homeLat, homeLon, null, null);
    }
}
