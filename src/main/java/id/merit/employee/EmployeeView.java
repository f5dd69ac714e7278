package id.merit.employee;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Read model of one employee; {@code distanceKm} is home → workplace (OPD) when both have coordinates. */
public record EmployeeView(long id, String nip, String name, Gender gender, LocalDate birthDate, EmployeeType employeeType,
                           long opdId, String opdCode, String opdName, String rank, String positionName,
                           PositionKind positionKind, PositionLevel positionLevel, FunctionalProfession functionalProfession,
                           BigDecimal homeLat, BigDecimal homeLon, Double distanceKm, String phone, String email, int version) {
}
