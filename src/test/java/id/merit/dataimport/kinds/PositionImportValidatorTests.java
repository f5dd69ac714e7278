package id.merit.dataimport.kinds;

import id.merit.dataimport.FileValidation;

import static id.merit.dataimport.kinds.Rows.assertProblems;
import static id.merit.dataimport.kinds.Rows.list;
import static id.merit.dataimport.kinds.Rows.problem;
import static id.merit.dataimport.kinds.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import id.merit.employee.PositionRecord;
import id.merit.dataimport.TabularFile.TableRow;
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

/** Row rules of the {@code positions} kind. */
class PositionImportValidatorTests {

    static final Set<String> EMPLOYEES = Set.of("198503122010011002", "PPPK-17");
    static final Set<String> OPDS = Set.of("DINKES", "SETDA");
    static final Map<String, String> CURRENT = Rows.values(PositionRowParser.COLUMNS, "198503122010011002",
            "Pranata Komputer Ahli Muda", "FUNGSIONAL", "AHLI_MUDA", "DINKES", "2020-01-01", "");
    static final Map<String, String> EARLIER = Rows.values(PositionRowParser.COLUMNS, "198503122010011002",
            "Pengelola Data", "PELAKSANA", "", "SETDA", "2010-01-01", "2019-12-31");

    static Stream<Arguments> rejections() {
        return Stream.of(
                arguments("employee not stored", list(row(CURRENT, "nip", "199001012015011001")), List.of(problem(2, "nip", "import.error.unknownEmployee"))),
                arguments("nip missing", list(row(CURRENT, "nip", "")), List.of(problem(2, "nip", "import.error.required"))),
                arguments("position_name missing", list(row(CURRENT, "position_name", "")), List.of(problem(2, "position_name", "import.error.required"))),
                arguments("HTML in position_name", list(row(CURRENT, "position_name", "<i>Analis</i>")),
                        List.of(problem(2, "position_name", "import.error.html"))),
                arguments("position_kind missing", list(row(EARLIER, "position_kind", "")), List.of(problem(2, "position_kind", "import.error.required"))),
                arguments("position_kind not a code", list(row(EARLIER, "position_kind", "STAF")), List.of(problem(2, "position_kind", "import.error.code"))),
                arguments("position_level without FUNGSIONAL", list(row(EARLIER, "position_level", "TERAMPIL")),
                        List.of(problem(2, "position_level", "import.error.levelNotFungsional"))),
                arguments("position_level not a code", list(row(CURRENT, "position_level", "ahli_tengah")),
                        List.of(problem(2, "position_level", "import.error.code"))),
                arguments("opd_code unknown", list(row(CURRENT, "opd_code", "DINSOS")), List.of(problem(2, "opd_code", "import.error.unknownOpd"))),
                arguments("start_date missing", list(row(CURRENT, "start_date", "")), List.of(problem(2, "start_date", "import.error.required"))),
                arguments("start_date not a calendar date", list(row(CURRENT, "start_date", "2020-02-30")),
                        List.of(problem(2, "start_date", "import.error.date"))),
                arguments("end_date not ISO", list(row(EARLIER, "end_date", "31-12-2019")), List.of(problem(2, "end_date", "import.error.date"))),
                arguments("end_date before start_date", list(row(EARLIER, "end_date", "2009-12-31")),
                        List.of(problem(2, "end_date", "import.error.endBeforeStart"))),
                arguments("post_code unknown", list(row(CURRENT, "post_code", "DINKES-X")),
                        List.of(problem(2, "post_code", "import.error.unknownPost"))),
                arguments("same nip and start_date with different values", list(row(CURRENT), row(CURRENT, "opd_code", "SETDA")),
                        List.of(problem(3, "start_date", "import.error.duplicateKey"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void rejects(String rule, List<TableRow> rows, List<Tuple> expected) {
        assertProblems(Rows.validate(parser(), rows), expected);
    }

    @Test
    void historyRowsAreParsed() {
        FileValidation<PositionRowParser.Row> v = Rows.validate(parser(), list(row(EARLIER), row(CURRENT),
                row(CURRENT, "nip", "PPPK-17", "end_date", "2020-01-01"), row(CURRENT)));

        assertProblems(v, List.of());
        assertThat(v.duplicates()).isEqualTo(1);
        assertThat(v.rows().get(1).value()).isEqualTo(new PositionRowParser.Row("198503122010011002", new PositionRecord(
                "Pranata Komputer Ahli Muda", PositionKind.FUNGSIONAL, PositionLevel.AHLI_MUDA, "DINKES", LocalDate.of(2020, 1, 1), null)));
        assertThat(v.rows().get(0).value().position().endDate()).isEqualTo(LocalDate.of(2019, 12, 31));
    }

    @Test
    void optionalPostCodeLinksTheRowToAPost() {
        FileValidation<PositionRowParser.Row> v = Rows.validate(parser(), list(row(CURRENT, "post_code", "DINKES-PRAKOM")));

        assertProblems(v, List.of());
        assertThat(v.rows().get(0).value().position().postCode()).isEqualTo("DINKES-PRAKOM");
    }

    private static PositionRowParser parser() {
        return new PositionRowParser(EMPLOYEES::contains, OPDS::contains, Set.of("DINKES-PRAKOM")::contains);
    }
}
