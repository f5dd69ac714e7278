package id.merit.employee.web;

import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.EmployeeView;
import id.merit.employee.FunctionalProfession;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The registry form (create and edit). Field rules are annotations; the rules across fields (NIP against type,
 * birth date and gender; rank; position level; coordinates) are in {@link EmployeeFormValidator}. {@code version}
 * is the entity version the form was opened with, so a save over someone else's change is refused.
 */
public class EmployeeForm {

    private String nip;
    @NotBlank(message = "{employee.error.nameRequired}")
    @Size(max = 200, message = "{employee.error.nameTooLong}")
    @Pattern(regexp = "[^<>]*", message = "{employee.error.nameHtml}")
    private String name;
    @NotNull(message = "{employee.error.genderRequired}")
    private Gender gender;
    @NotNull(message = "{employee.error.birthDateRequired}")
    @Past(message = "{employee.error.birthDatePast}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate birthDate;
    @NotNull(message = "{employee.error.typeRequired}")
    private EmployeeType employeeType;
    @NotBlank(message = "{employee.error.opdRequired}")
    private String opdCode;
    private String rank;
    @Size(max = 200, message = "{employee.error.positionNameTooLong}")
    @Pattern(regexp = "[^<>]*", message = "{employee.error.positionNameHtml}")
    private String positionName;
    private PositionKind positionKind;
    private PositionLevel positionLevel;
    private FunctionalProfession functionalProfession;
    @DecimalMin(value = "-90", message = "{employee.error.latRange}")
    @DecimalMax(value = "90", message = "{employee.error.latRange}")
    @Digits(integer = 3, fraction = 6, message = "{employee.error.coordinateDigits}")
    private BigDecimal homeLat;
    @DecimalMin(value = "-180", message = "{employee.error.lonRange}")
    @DecimalMax(value = "180", message = "{employee.error.lonRange}")
    @Digits(integer = 3, fraction = 6, message = "{employee.error.coordinateDigits}")
    private BigDecimal homeLon;
    @Size(max = 32, message = "{employee.error.phone}")
    @Pattern(regexp = "[0-9+() .-]*", message = "{employee.error.phone}")
    private String phone;
    @Email(message = "{employee.error.email}")
    @Size(max = 200, message = "{employee.error.email}")
    private String email;
    private Integer version;

    static EmployeeForm of(EmployeeView v) {
        EmployeeForm f = new EmployeeForm();
        f.nip = v.nip();
        f.name = v.name();
        f.gender = v.gender();
        f.birthDate = v.birthDate();
        f.employeeType = v.employeeType();
        f.opdCode = v.opdCode();
        f.rank = v.rank();
        f.positionName = v.positionName();
        f.positionKind = v.positionKind();
        f.positionLevel = v.positionLevel();
        f.functionalProfession = v.functionalProfession();
        f.homeLat = v.homeLat();
        f.homeLon = v.homeLon();
        f.phone = v.phone();
        f.email = v.email();
        f.version = v.version();
        return f;
    }

    EmployeeData toData() {
        return new EmployeeData(trim(nip), trim(name), gender, birthDate, employeeType, trim(opdCode), trim(rank),
                trim(positionName), positionKind, positionLevel, functionalProfession, homeLat, homeLon, trim(phone),
                trim(email));
    }

    private static String trim(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public String getNip() {
        return nip;
    }

    public void setNip(String nip) {
        this.nip = nip;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Gender getGender() {
        return gender;
    }

    public void setGender(Gender gender) {
        this.gender = gender;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public EmployeeType getEmployeeType() {
        return employeeType;
    }

    public void setEmployeeType(EmployeeType employeeType) {
        this.employeeType = employeeType;
    }

    public String getOpdCode() {
        return opdCode;
    }

    public void setOpdCode(String opdCode) {
        this.opdCode = opdCode;
    }

    public String getRank() {
        return rank;
    }

    public void setRank(String rank) {
        this.rank = rank;
    }

    public String getPositionName() {
        return positionName;
    }

    public void setPositionName(String positionName) {
        this.positionName = positionName;
    }

    public PositionKind getPositionKind() {
        return positionKind;
    }

    public void setPositionKind(PositionKind positionKind) {
        this.positionKind = positionKind;
    }

    public PositionLevel getPositionLevel() {
        return positionLevel;
    }

    public void setPositionLevel(PositionLevel positionLevel) {
        this.positionLevel = positionLevel;
    }

    public FunctionalProfession getFunctionalProfession() {
        return functionalProfession;
    }

    public void setFunctionalProfession(FunctionalProfession functionalProfession) {
        this.functionalProfession = functionalProfession;
    }

    public BigDecimal getHomeLat() {
        return homeLat;
    }

    public void setHomeLat(BigDecimal homeLat) {
        this.homeLat = homeLat;
    }

    public BigDecimal getHomeLon() {
        return homeLon;
    }

    public void setHomeLon(BigDecimal homeLon) {
        this.homeLon = homeLon;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
