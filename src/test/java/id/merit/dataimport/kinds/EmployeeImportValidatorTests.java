package id.merit.dataimport.kinds;

import id.merit.dataimport.FileValidation;

import static id.merit.dataimport.kinds.Rows.assertProblems;
import static id.merit.dataimport.kinds.Rows.list;
import static id.merit.dataimport.kinds.Rows.problem;
import static id.merit.dataimport.kinds.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import id.merit.employee.EmployeeData;
import id.merit.employee.EmployeeType;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import id.merit.dataimport.TabularFile.TableRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Row rules of the {@code employees} kind (interchange.md §2, NIP rules of regulations.md §8.4). */
class EmployeeImportValidatorTests {

    static final LocalDate TODAY = LocalDate.of(2026, 1, 15);
    static final Set<String> OPDS = Set.of("DINKES", "SETDA");

    /** A valid PNS: born 1985-03-12, TMT CPNS 2010-01, male, sequence 002. */
    static final Map<String, String> PNS = Rows.values(EmployeeRowParser.COLUMNS, "198503122010011002", "Budi Santoso, S.Kom",
            "M", "1985-03-12", "PNS", "DINKES", "III/b", "Pranata Komputer Ahli Pertama", "FUNGSIONAL", "AHLI_PERTAMA", "",
            "-6.2088", "106.8456");
    static final Map<String, String> PPPK = Rows.values(EmployeeRowParser.COLUMNS, "PPPK-2023.0017", "Siti Aminah", "F",
            "1990-07-01", "PPPK", "SETDA", "", "Guru Ahli Pertama", "FUNGSIONAL", "AHLI_PERTAMA", "GURU", "", "");
    static final Map<String, String> PHL = Rows.values(EmployeeRowParser.COLUMNS, "PHL-77", "Joko", "M", "1995-11-30",
            "NON_ASN_PHL", "SETDA", "", "", "", "", "", "", "");

    static Stream<Arguments> rejections() {
        return Stream.of(
                arguments("nip missing", list(row(PNS, "nip", "")), List.of(problem(2, "nip", "import.error.required"))),
                arguments("PNS nip with letters", list(row(PNS, "nip", "19850312201001100A")), List.of(problem(2, "nip", "nip.error.FORMAT"))),
                arguments("PNS nip of 17 digits", list(row(PNS, "nip", "19850312201001100")), List.of(problem(2, "nip", "nip.error.LENGTH"))),
                arguments("nip digits 1-8 not a date", list(row(PNS, "nip", "198513122010011002")), List.of(problem(2, "nip", "nip.error.BIRTH_DATE"))),
                arguments("nip digits 1-8 differ from birth_date", list(row(PNS, "birth_date", "1985-03-13")),
                        List.of(problem(2, "nip", "nip.error.BIRTH_DATE_MISMATCH"))),
                arguments("nip TMT month 13", list(row(PNS, "nip", "198503122010131002")), List.of(problem(2, "nip", "nip.error.TMT"))),
                arguments("nip TMT before 18th birthday", list(row(PNS, "nip", "198503122002011002")),
                        List.of(problem(2, "nip", "nip.error.TMT_BEFORE_ADULT"))),
                arguments("nip gender digit 3", list(row(PNS, "nip", "198503122010013002")), List.of(problem(2, "nip", "nip.error.GENDER"))),
                arguments("nip gender digit differs from gender", list(row(PNS, "gender", "F")),
                        List.of(problem(2, "nip", "nip.error.GENDER_MISMATCH"))),
                arguments("nip sequence 000", list(row(PNS, "nip", "198503122010011000")), List.of(problem(2, "nip", "nip.error.SEQUENCE"))),
                arguments("CPNS nip checked like PNS", list(row(PNS, "employee_type", "CPNS", "nip", "1985031220100110")),
                        List.of(problem(2, "nip", "nip.error.LENGTH"))),
                arguments("registration number with a space", list(row(PPPK, "nip", "PPPK 17")), List.of(problem(2, "nip", "nip.error.FORMAT"))),
                arguments("registration number over 32 characters", list(row(PHL, "nip", "P".repeat(33))),
                        List.of(problem(2, "nip", "nip.error.FORMAT"))),
                arguments("nip typed as a number in Excel", list(Rows.lossy(row(PNS, "nip", "198503122010011000"), "nip")),
                        List.of(problem(2, "nip", "import.error.lossyNumber"))),
                arguments("name missing", list(row(PNS, "name", " ")), List.of(problem(2, "name", "import.error.required"))),
                arguments("HTML in name", list(row(PNS, "name", "<script>alert(1)</script>")), List.of(problem(2, "name", "import.error.html"))),
                arguments("name over 200 characters", list(row(PNS, "name", "A".repeat(201))), List.of(problem(2, "name", "import.error.tooLong"))),
                arguments("tab in name", list(row(PNS, "name", "Budi\tSantoso")), List.of(problem(2, "name", "import.error.control"))),
                arguments("gender X (L/P and M/F are codes)", list(row(PNS, "gender", "X")), List.of(problem(2, "gender", "import.error.code"))),
                arguments("gender spelt out wrongly", list(row(PNS, "gender", "lelaki")), List.of(problem(2, "gender", "import.error.code"))),
                arguments("birth_date not ISO", list(row(PNS, "birth_date", "12/03/1985")), List.of(problem(2, "birth_date", "import.error.date"))),
                arguments("birth_date not a calendar date", list(row(PPPK, "birth_date", "1990-02-30")),
                        List.of(problem(2, "birth_date", "import.error.date"))),
                arguments("birth_date missing", list(row(PPPK, "birth_date", "")), List.of(problem(2, "birth_date", "import.error.required"))),
                arguments("birth_date today", list(row(PPPK, "birth_date", TODAY.toString())), List.of(problem(2, "birth_date", "import.error.notPast"))),
                arguments("employee_type not a type", list(row(PPPK, "employee_type", "honorer")), List.of(problem(2, "employee_type", "import.error.code"))),
                arguments("employee_type missing", list(row(PPPK, "employee_type", "")), List.of(problem(2, "employee_type", "import.error.required"))),
                arguments("opd_code unknown", list(row(PNS, "opd_code", "DINSOS")), List.of(problem(2, "opd_code", "import.error.unknownOpd"))),
                arguments("opd_code missing", list(row(PNS, "opd_code", "")), List.of(problem(2, "opd_code", "import.error.required"))),
                arguments("PNS without rank", list(row(PNS, "rank", "")), List.of(problem(2, "rank", "import.error.rankRequired"))),
                arguments("rank in wrong case", list(row(PNS, "rank", "III/B")), List.of(problem(2, "rank", "import.error.rank"))),
                arguments("rank for PPPK", list(row(PPPK, "rank", "III/a")), List.of(problem(2, "rank", "import.error.rankNotAllowed"))),
                arguments("rank for non-ASN", list(row(PHL, "rank", "I/a")), List.of(problem(2, "rank", "import.error.rankNotAllowed"))),
                arguments("ASN without position_kind", list(row(PPPK, "position_kind", "", "position_level", "")),
                        List.of(problem(2, "position_kind", "import.error.positionKindRequired"))),
                arguments("position_kind not a code", list(row(PNS, "position_kind", "Fungsionaris")),
                        List.of(problem(2, "position_kind", "import.error.code"))),
                arguments("position_level without FUNGSIONAL", list(row(PNS, "position_kind", "PELAKSANA")),
                        List.of(problem(2, "position_level", "import.error.levelNotFungsional"))),
                arguments("position_level for non-ASN without kind", list(row(PHL, "position_level", "TERAMPIL")),
                        List.of(problem(2, "position_level", "import.error.levelNotFungsional"))),
                arguments("position_level not a code", list(row(PNS, "position_level", "AHLI")),
                        List.of(problem(2, "position_level", "import.error.code"))),
                arguments("functional_profession not a code", list(row(PPPK, "functional_profession", "DOCTOR")),
                        List.of(problem(2, "functional_profession", "import.error.code"))),
                arguments("home_lat without home_lon", list(row(PNS, "home_lon", "")), List.of(problem(2, "home_lon", "import.error.pair"))),
                arguments("home_lon without home_lat", list(row(PNS, "home_lat", "")), List.of(problem(2, "home_lat", "import.error.pair"))),
                arguments("home_lat not a number", list(row(PNS, "home_lat", "abc")), List.of(problem(2, "home_lat", "import.error.number"))),
                arguments("home_lon with decimal comma", list(row(PNS, "home_lon", "106,8456")), List.of(problem(2, "home_lon", "import.error.number"))),
                arguments("home_lat beyond 90", list(row(PNS, "home_lat", "90.5")), List.of(problem(2, "home_lat", "import.error.range"))),
                arguments("home_lon beyond -180", list(row(PNS, "home_lon", "-180.000001")), List.of(problem(2, "home_lon", "import.error.range"))),
                arguments("more cells than the header", list(Rows.withExtraCells(row(PNS), 1)), List.of(problem(2, null, "import.error.extraCells"))),
                arguments("same nip twice with different values", list(row(PNS), row(PPPK), row(PNS, "name", "Budi S.")),
                        List.of(problem(4, "nip", "import.error.duplicateKey"))),
                arguments("two problems in one row are both reported", list(row(PNS, "gender", "X", "opd_code", "NOPE")),
                        List.of(problem(2, "gender", "import.error.code"), problem(2, "opd_code", "import.error.unknownOpd"))),
                arguments("problems on several rows", list(row(PNS, "rank", ""), row(PPPK), row(PHL, "gender", "")),
                        List.of(problem(2, "rank", "import.error.rankRequired"), problem(4, "gender", "import.error.required"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void rejects(String rule, List<TableRow> rows, List<Tuple> expected) {
        assertProblems(Rows.validate(parser(), rows), expected);
    }

    @Test
    void validRowsOfEveryTypeAreParsed() {
        FileValidation<EmployeeData> v = Rows.validate(parser(), list(row(PNS), row(PPPK), row(PHL),
                row(PNS, "nip", "199001012015012001", "name", "Ani", "gender", "F", "birth_date", "1990-01-01",
                        "employee_type", "CPNS", "rank", "II/a", "position_kind", "PELAKSANA", "position_level", "",
                        "home_lat", "", "home_lon", "")));

        assertProblems(v, List.of());
        assertThat(v.rows()).hasSize(4);
        EmployeeData pns = v.rows().get(0).value();
        assertThat(pns.nip()).isEqualTo("198503122010011002");
        assertThat(pns.birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(pns.employeeType()).isEqualTo(EmployeeType.PNS);
        assertThat(pns.rank()).isEqualTo("III/b");
        assertThat(pns.positionKind()).isEqualTo(PositionKind.FUNGSIONAL);
        assertThat(pns.positionLevel()).isEqualTo(PositionLevel.AHLI_PERTAMA);
        assertThat(pns.homeLat()).isEqualByComparingTo("-6.2088");
        EmployeeData phl = v.rows().get(2).value();
        assertThat(phl.rank()).isNull();
        assertThat(phl.positionKind()).isNull();
        assertThat(phl.homeLat()).isNull();
    }

    @Test
    void coordinatesAreRoundedToTheSixPlacesStored() {
        FileValidation<EmployeeData> v = Rows.validate(parser(), list(row(PNS, "home_lat", "-6.20881234", "home_lon", "106.8")));

        assertThat(v.rows().get(0).value().homeLat()).isEqualTo(new BigDecimal("-6.208812"));
        assertThat(v.rows().get(0).value().homeLon()).isEqualTo(new BigDecimal("106.800000"));
    }

    @Test
    void identicalRepeatOfANipIsADuplicateNotAProblem() {
        FileValidation<EmployeeData> v = Rows.validate(parser(), list(row(PNS), row(PPPK), row(PNS, "home_lat", "-6.208800")));

        assertProblems(v, List.of());
        assertThat(v.rows()).hasSize(2);
        assertThat(v.duplicates()).isEqualTo(1);
        assertThat(v.rowCount()).isEqualTo(3);
    }

    private static EmployeeRowParser parser() {
        return new EmployeeRowParser(OPDS::contains, TODAY);
    }
}
