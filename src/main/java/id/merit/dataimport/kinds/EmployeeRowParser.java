package id.merit.dataimport.kinds;

import id.merit.dataimport.RowCheck;
import id.merit.dataimport.RowParser;

import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.FunctionalProfession;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import id.merit.employee.Rank;
import id.merit.shared.Nip;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code employees} (interchange.md §2). PNS/CPNS carry an 18-digit NIP checked against birth date and gender
 * (regulations.md §8.4) and a rank; other staff a registration number and no rank. {@code position_kind} is
 * required for ASN (PNS, CPNS, PPPK, PPPK paruh waktu) and optional for non-ASN; {@code position_level} is only
 * allowed with FUNGSIONAL (and optional there).
 */
final class EmployeeRowParser implements RowParser<EmployeeData> {

    static final List<String> COLUMNS = List.of("nip", "name", "gender", "birth_date", "employee_type", "opd_code", "rank",
            "position_name", "position_kind", "position_level", "functional_profession", "home_lat", "home_lon");

    private final Predicate<String> opdExists;
    private final LocalDate today;

    EmployeeRowParser(Predicate<String> opdExists, LocalDate today) {
        this.opdExists = opdExists;
        this.today = today;
    }

    @Override
    public EmployeeData parse(RowCheck c) {
        String nip = c.required("nip");
        String name = c.text("name", true, 200);
        Gender gender = c.code("gender", Gender.class, true);
        LocalDate birthDate = c.date("birth_date", true);
        if (birthDate != null && !birthDate.isBefore(today)) {
            c.reject("birth_date", "import.error.notPast", "birth_date");
            birthDate = null;
        }
        EmployeeType type = c.code("employee_type", EmployeeType.class, true);
        String opdCode = opd(c, "opd_code", opdExists);
        String rank = rank(c, type);
        String positionName = c.text("position_name", false, 200);
        PositionKind kind = c.code("position_kind", PositionKind.class, false);
        if (kind == null && type != null && type.isAsn() && !c.failed("position_kind")) {
            c.reject("position_kind", "import.error.positionKindRequired", type.name());
        }
        PositionLevel level = level(c, kind);
        FunctionalProfession profession = c.code("functional_profession", FunctionalProfession.class, false);
        BigDecimal lat = c.coordinate("home_lat", 90);
        BigDecimal lon = c.coordinate("home_lon", 180);
        pair(c, "home_lat", "home_lon");
        if (nip != null) {
            List<Nip.Problem> nipProblems = type != null && type.isCivilServant()
                    ? Nip.validatePns(nip, birthDate, gender == null ? null : gender.name().charAt(0))
                    : Nip.validateRegistration(nip);
            nipProblems.forEach(p -> c.reject("nip", "nip.error." + p.name()));
        }
        return c.ok() ? new EmployeeData(nip, name, gender, birthDate, type, opdCode, rank, positionName, kind, level,
                profession, lat, lon) : null;
    }

    static String opd(RowCheck c, String column, Predicate<String> opdExists) {
        String code = c.required(column);
        if (code != null && !opdExists.test(code)) {
            c.reject(column, "import.error.unknownOpd", RowCheck.echo(code));
            return null;
        }
        return code;
    }

    /** {@code position_level} only with FUNGSIONAL (shared with the positions kind). */
    static PositionLevel level(RowCheck c, PositionKind kind) {
        PositionLevel level = c.code("position_level", PositionLevel.class, false);
        if (level != null && kind != PositionKind.FUNGSIONAL && !c.failed("position_kind")) {
            c.reject("position_level", "import.error.levelNotFungsional");
            return null;
        }
        return level;
    }

    private static String rank(RowCheck c, EmployeeType type) {
        String rank = c.value("rank");
        if (rank != null && !Rank.isValid(rank)) {
            c.reject("rank", "import.error.rank", RowCheck.echo(rank), String.join(", ", Rank.CODES));
            return null;
        }
        if (type == null) {
            return rank;
        }
        if (type.isCivilServant() && rank == null && !c.failed("rank")) {
            c.reject("rank", "import.error.rankRequired", type.name());
        } else if (!type.isCivilServant() && rank != null) {
            c.reject("rank", "import.error.rankNotAllowed", type.name());
            return null;
        }
        return rank;
    }

    private static void pair(RowCheck c, String a, String b) {
        boolean hasA = c.value(a) != null;
        boolean hasB = c.value(b) != null;
        if (hasA != hasB && !c.failed(a) && !c.failed(b)) {
            String missing = hasA ? b : a;
            c.reject(missing, "import.error.pair", a, b);
        }
    }

    @Override
    public Object key(EmployeeData value) {
        return value.nip();
    }

    @Override
    public String keyField() {
        return "nip";
    }

    @Override
    public String keyLabel() {
        return "nip";
    }
}
