package id.merit.dataimport.kinds;

import id.merit.dataimport.FileValidation;

import static id.merit.dataimport.kinds.Rows.assertProblems;
import static id.merit.dataimport.kinds.Rows.list;
import static id.merit.dataimport.kinds.Rows.problem;
import static id.merit.dataimport.kinds.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import id.merit.employee.EducationLevel;
import id.merit.employee.EducationRecord;
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

/** Row rules of the {@code education} kind. */
class EducationImportValidatorTests {

    static final Set<String> EMPLOYEES = Set.of("198503122010011002");
    static final Map<String, String> S1 = Rows.values(EducationRowParser.COLUMNS, "198503122010011002", "S1",
            "Universitas Sumatera Utara", "Teknik Informatika", "2008-08-30");

    static Stream<Arguments> rejections() {
        return Stream.of(
                arguments("employee not stored", list(row(S1, "nip", "PPPK-99")), List.of(problem(2, "nip", "import.error.unknownEmployee"))),
                arguments("level with a hyphen", list(row(S1, "level", "S-1")), List.of(problem(2, "level", "import.error.code"))),
                arguments("level not a level (codes are matched without regard to case)", list(row(S1, "level", "s5")), List.of(problem(2, "level", "import.error.code"))),
                arguments("level missing", list(row(S1, "level", "")), List.of(problem(2, "level", "import.error.required"))),
                arguments("graduation_date not ISO", list(row(S1, "graduation_date", "2008")), List.of(problem(2, "graduation_date", "import.error.date"))),
                arguments("HTML in institution", list(row(S1, "institution", "<a href=x>USU</a>")), List.of(problem(2, "institution", "import.error.html"))),
                arguments("major over 200 characters", list(row(S1, "major", "M".repeat(201))), List.of(problem(2, "major", "import.error.tooLong"))),
                arguments("same nip and level with different values", list(row(S1), row(S1, "major", "Ilmu Komputer")),
                        List.of(problem(3, "level", "import.error.duplicateKey"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void rejects(String rule, List<TableRow> rows, List<Tuple> expected) {
        assertProblems(Rows.validate(new EducationRowParser(EMPLOYEES::contains), rows), expected);
    }

    @Test
    void optionalColumnsMayBeEmpty() {
        FileValidation<EducationRowParser.Row> v = Rows.validate(new EducationRowParser(EMPLOYEES::contains),
                list(row(S1), row(S1, "level", "SMA", "institution", "", "major", "", "graduation_date", "")));

        assertProblems(v, List.of());
        assertThat(v.rows().get(0).value().education())
                .isEqualTo(new EducationRecord(EducationLevel.S1, "Universitas Sumatera Utara", "Teknik Informatika", LocalDate.of(2008, 8, 30)));
        assertThat(v.rows().get(1).value().education()).isEqualTo(new EducationRecord(EducationLevel.SMA, null, null, null));
    }
}
