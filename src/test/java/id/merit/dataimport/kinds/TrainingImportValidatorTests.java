package id.merit.dataimport.kinds;

import id.merit.dataimport.FileValidation;

import static id.merit.dataimport.kinds.Rows.assertProblems;
import static id.merit.dataimport.kinds.Rows.list;
import static id.merit.dataimport.kinds.Rows.problem;
import static id.merit.dataimport.kinds.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import id.merit.employee.TrainingKind;
import id.merit.employee.TrainingRecord;
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

/** Row rules of the {@code trainings} kind. */
class TrainingImportValidatorTests {

    static final Set<String> EMPLOYEES = Set.of("198503122010011002");
    static final Map<String, String> PKA = Rows.values(TrainingRowParser.COLUMNS, "198503122010011002", "KEPEMIMPINAN",
            "Pelatihan Kepemimpinan Administrator", "120", "2022-06-30");

    static Stream<Arguments> rejections() {
        return Stream.of(
                arguments("employee not stored", list(row(PKA, "nip", "198503122010011003")), List.of(problem(2, "nip", "import.error.unknownEmployee"))),
                arguments("kind not listed", list(row(PKA, "kind", "DIKLATPIM")), List.of(problem(2, "kind", "import.error.code"))),
                arguments("name missing", list(row(PKA, "name", "")), List.of(problem(2, "name", "import.error.required"))),
                arguments("name over 300 characters", list(row(PKA, "name", "N".repeat(301))), List.of(problem(2, "name", "import.error.tooLong"))),
                arguments("HTML in name", list(row(PKA, "name", "Seminar <img src=x>")), List.of(problem(2, "name", "import.error.html"))),
                arguments("hours negative", list(row(PKA, "hours", "-1")), List.of(problem(2, "hours", "import.error.integer"))),
                arguments("hours with decimals", list(row(PKA, "hours", "12.5")), List.of(problem(2, "hours", "import.error.integer"))),
                arguments("hours not a number", list(row(PKA, "hours", "dua puluh")), List.of(problem(2, "hours", "import.error.integer"))),
                arguments("hours missing", list(row(PKA, "hours", "")), List.of(problem(2, "hours", "import.error.required"))),
                arguments("end_date missing", list(row(PKA, "end_date", "")), List.of(problem(2, "end_date", "import.error.required"))),
                arguments("end_date not ISO", list(row(PKA, "end_date", "30/06/2022")), List.of(problem(2, "end_date", "import.error.date"))),
                arguments("same nip, name and end_date with different values", list(row(PKA), row(PKA, "hours", "100")),
                        List.of(problem(3, "name", "import.error.duplicateKey"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void rejects(String rule, List<TableRow> rows, List<Tuple> expected) {
        assertProblems(Rows.validate(new TrainingRowParser(EMPLOYEES::contains), rows), expected);
    }

    @Test
    void zeroHoursAndSameNameOnAnotherDateAreFine() {
        FileValidation<TrainingRowParser.Row> v = Rows.validate(new TrainingRowParser(EMPLOYEES::contains),
                list(row(PKA), row(PKA, "end_date", "2023-06-30"), row(PKA, "kind", "SEMINAR", "name", "Seminar ASN", "hours", "0")));

        assertProblems(v, List.of());
        assertThat(v.rows()).hasSize(3);
        assertThat(v.rows().get(2).value().training()).isEqualTo(new TrainingRecord(TrainingKind.SEMINAR, "Seminar ASN", 0, LocalDate.of(2022, 6, 30)));
    }
}
