package id.merit.employee;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Registry test data: a PNS teacher-like functional official and an honorary (PHL) staff member. */
public final class EmployeeMother {

    public static final String PNS_NIP = "198503122010011002";
    public static final String PHL_NUMBER = "PHL-2021.0042";

    private EmployeeMother() {
    }

    public static EmployeeView pns() {
        return new EmployeeView(1L, PNS_NIP, "Budi Santoso, S.Kom.", Gender.M, LocalDate.of(1985, 3, 12), EmployeeType.PNS,
                10L, "DISKOMINFO", "Dinas Komunikasi dan Informatika", "III/b", "Pranata Komputer Ahli Pertama",
                PositionKind.FUNGSIONAL, PositionLevel.AHLI_PERTAMA, null, new BigDecimal("-2.548926"),
                new BigDecimal("112.951287"), 4.2, "0812-5555-0101", "budi@example.go.id", 3);
    }

    public static EmployeeView honorary() {
        return new EmployeeView(2L, PHL_NUMBER, "Siti Aminah", Gender.F, LocalDate.of(1994, 7, 1), EmployeeType.NON_ASN_PHL,
                11L, "DINKES", "Dinas Kesehatan", null, "Petugas Kebersihan", PositionKind.PELAKSANA, null, null, null, null,
                null, null, null, 0);
    }

    /** The form data of {@link #pns()}. */
    public static EmployeeData pnsData() {
        EmployeeView v = pns();
        return new EmployeeData(v.nip(), v.name(), v.gender(), v.birthDate(), v.employeeType(), v.opdCode(), v.rank(),
                v.positionName(), v.positionKind(), v.positionLevel(), v.functionalProfession(), v.homeLat(), v.homeLon(),
                v.phone(), v.email());
    }
}
