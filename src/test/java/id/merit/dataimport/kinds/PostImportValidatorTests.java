package id.merit.dataimport.kinds;

import id.merit.dataimport.FileValidation;

import static id.merit.dataimport.kinds.Rows.assertProblems;
import static id.merit.dataimport.kinds.Rows.list;
import static id.merit.dataimport.kinds.Rows.problem;
import static id.merit.dataimport.kinds.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import id.merit.orgunit.PostCommands.PostData;
import id.merit.dataimport.TabularFile.TableRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Row rules of the {@code posts} kind (interchange.md §2). Stored: SEKDA (top) with KADINKES below it. */
class PostImportValidatorTests {

    static final Map<String, String> STORED = new HashMap<>();

    static {
        STORED.put("SEKDA", null);
        STORED.put("KADINKES", "SEKDA");
    }

    static final Map<String, String> SEKDIN = Rows.values(PostRowParser.COLUMNS, "SEKDINKES", "DINKES",
            "Sekretaris Dinas Kesehatan", "ADMINISTRATOR", "", "KADINKES", "1", "true");
    static final Map<String, String> PRAKOM = Rows.values(PostRowParser.COLUMNS, "DINKES-PRAKOM", "DINKES",
            "Pranata Komputer Ahli Muda", "FUNGSIONAL", "AHLI_MUDA", "SEKDINKES", "3", "FALSE");

    static Stream<Arguments> rejections() {
        return Stream.of(
                arguments("code missing", list(row(SEKDIN, "code", "")), List.of(problem(2, "code", "import.error.required"))),
                arguments("code with spaces", list(row(SEKDIN, "code", "SEK DIN")), List.of(problem(2, "code", "import.error.postCode"))),
                arguments("opd unknown", list(row(SEKDIN, "opd_code", "DINSOS")), List.of(problem(2, "opd_code", "import.error.unknownOpd"))),
                arguments("name missing", list(row(SEKDIN, "name", "")), List.of(problem(2, "name", "import.error.required"))),
                arguments("position_kind not a code", list(row(SEKDIN, "position_kind", "ESELON_III")),
                        List.of(problem(2, "position_kind", "import.error.code"))),
                arguments("position_level without FUNGSIONAL", list(row(SEKDIN, "position_level", "AHLI_MUDA")),
                        List.of(problem(2, "position_level", "import.error.levelNotFungsional"))),
                arguments("own superior", list(row(SEKDIN, "superior_code", "SEKDINKES")),
                        List.of(problem(2, "superior_code", "import.error.ownSuperior"))),
                arguments("superior neither stored nor above", list(row(PRAKOM), row(SEKDIN)),
                        List.of(problem(2, "superior_code", "import.error.unknownSuperior"))),
                arguments("slots 0 (formation is at least 1)", list(row(SEKDIN, "slots", "0")),
                        List.of(problem(2, "slots", "import.error.integer"))),
                arguments("slots not a number", list(row(SEKDIN, "slots", "dua")), List.of(problem(2, "slots", "import.error.integer"))),
                arguments("key_post not true/false", list(row(SEKDIN, "key_post", "ya")),
                        List.of(problem(2, "key_post", "import.error.code"))),
                arguments("key_post missing", list(row(SEKDIN, "key_post", "")), List.of(problem(2, "key_post", "import.error.required"))),
                arguments("stored top post moved below its own subordinate",
                        list(row(Rows.values(PostRowParser.COLUMNS, "SEKDA", "SETDA", "Sekretaris Daerah", "JPT_PRATAMA", "",
                                "KADINKES", "1", "true"))),
                        List.of(problem(2, "superior_code", "import.error.superiorCycle"))),
                arguments("same code with different values", list(row(SEKDIN), row(SEKDIN, "slots", "2")),
                        List.of(problem(3, "code", "import.error.duplicateKey"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void rejects(String rule, List<TableRow> rows, List<Tuple> expected) {
        assertProblems(Rows.validate(parser(), rows), expected);
    }

    @Test
    void postsAreParsedWithTheirSuperiorDefinedAbove() {
        FileValidation<PostData> v = Rows.validate(parser(), list(row(SEKDIN), row(PRAKOM), row(PRAKOM)));

        assertProblems(v, List.of());
        assertThat(v.duplicates()).isEqualTo(1);
        assertThat(v.rows().get(1).value()).isEqualTo(new PostData("DINKES-PRAKOM", "DINKES", "Pranata Komputer Ahli Muda",
                "FUNGSIONAL", "AHLI_MUDA", "SEKDINKES", 3, false, null));
        assertThat(v.rows().get(0).value().keyPost()).isTrue();
    }

    private static PostRowParser parser() {
        return new PostRowParser(Set.of("DINKES", "SETDA")::contains, STORED);
    }
}
