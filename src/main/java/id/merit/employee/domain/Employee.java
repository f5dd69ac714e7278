package id.merit.employee.domain;

import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.FunctionalProfession;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;

@Entity
@Table(schema = "employee", name = "employee")
@Getter
@Setter
public class Employee {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String nip;
    private String name;
    @Enumerated(EnumType.STRING)
    private Gender gender;
    @Column(name = "birth_date")
    private LocalDate birthDate;
    @Enumerated(EnumType.STRING)
    @Column(name = "employee_type")
    private EmployeeType employeeType;
    @Column(name = "opd_id")
    private Long opdId;
    @Column(name = "rank")
    private String rank;
    @Column(name = "position_name")
    private String positionName;
    @Enumerated(EnumType.STRING)
    @Column(name = "position_kind")
    private PositionKind positionKind;
    @Enumerated(EnumType.STRING)
    @Column(name = "position_level")
    private PositionLevel positionLevel;
    @Enumerated(EnumType.STRING)
    @Column(name = "functional_profession")
    private FunctionalProfession functionalProfession;
    @Column(name = "home_lat")
    private BigDecimal homeLat;
    @Column(name = "home_lon")
    private BigDecimal homeLon;
    private String phone;
    private String email;
    /** The end of employment (leavers, issue 15 item 3); null while the employee is active staff. */
    @Column(name = "left_on")
    private LocalDate leftOn;
    @Enumerated(EnumType.STRING)
    @Column(name = "leave_reason")
    private id.merit.employee.LeaveReason leaveReason;
    @Column(name = "leave_decree")
    private String leaveDecree;
    @Column(name = "created_at", insertable = false, updatable = false)
    private OffsetDateTime createdAt;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Version
    private int version;

    void apply(EmployeeData d, long opdId, OffsetDateTime now) {
        nip = d.nip();
        name = d.name();
        gender = d.gender();
        birthDate = d.birthDate();
        employeeType = d.employeeType();
        this.opdId = opdId;
        rank = blankToNull(d.rank());
        positionName = blankToNull(d.positionName());
        positionKind = d.positionKind();
        positionLevel = d.positionLevel();
        functionalProfession = d.functionalProfession();
        homeLat = d.homeLat();
        homeLon = d.homeLon();
        phone = blankToNull(d.phone());
        email = blankToNull(d.email());
        updatedAt = now;
    }

    /** Values for the audit trail and change detection (OPD by code, numbers as plain text). */
    Map<String, Object> snapshot(String opdCode) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nip", nip);
        m.put("name", name);
        m.put("gender", str(gender));
        m.put("birthDate", birthDate == null ? null : birthDate.toString());
        m.put("employeeType", str(employeeType));
        m.put("opdCode", opdCode);
        m.put("rank", rank);
        m.put("positionName", positionName);
        m.put("positionKind", str(positionKind));
        m.put("positionLevel", str(positionLevel));
        m.put("functionalProfession", str(functionalProfession));
        m.put("homeLat", num(homeLat));
        m.put("homeLon", num(homeLon));
        m.put("phone", phone);
        m.put("email", email);
        return m;
    }

    static String num(BigDecimal b) {
        return b == null ? null : b.stripTrailingZeros().toPlainString();
    }

    private static String str(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
