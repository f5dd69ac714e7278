package id.merit.dataimport.kinds;

import id.merit.dataimport.FileValidation;

import static id.merit.dataimport.kinds.Rows.assertProblems;
import static id.merit.dataimport.kinds.Rows.list;
import static id.merit.dataimport.kinds.Rows.problem;
import static id.merit.dataimport.kinds.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import id.merit.orgunit.OpdCommands.OpdData;
import id.merit.orgunit.OpdKind;
import id.merit.dataimport.TabularFile.TableRow;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Row rules of the {@code opds} kind. Stored: SETDA (top) with BAG-UMUM below it. */
class OpdImportValidatorTests {

    static final Map<String, String> STORED = new HashMap<>();

    static {
        STORED.put("SETDA", null);
        STORED.put("BAG-UMUM", "SETDA");
    }

    static TableRow opd(String code, String name, String kind, String parent) {
        return row(Rows.values(OpdRowParser.COLUMNS, code, name, kind, parent));
    }

    static final Map<String, String> DINKES = Rows.values(OpdRowParser.COLUMNS, "DINKES", "Dinas Kesehatan", "DINAS", "");

    static Stream<Arguments> rejections() {
        return Stream.of(
                arguments("code missing", list(row(DINKES, "code", "")), List.of(problem(2, "code", "import.error.required"))),
                arguments("code with a space", list(row(DINKES, "code", "DIN KES")), List.of(problem(2, "code", "import.error.opdCode"))),
                arguments("code over 32 characters", list(row(DINKES, "code", "D".repeat(33))), List.of(problem(2, "code", "import.error.opdCode"))),
                arguments("name missing", list(row(DINKES, "name", "")), List.of(problem(2, "name", "import.error.required"))),
                arguments("HTML in name", list(row(DINKES, "name", "Dinas <b>Kesehatan</b>")), List.of(problem(2, "name", "import.error.html"))),
                arguments("kind not a kind in any case", list(row(DINKES, "kind", "kantor")), List.of(problem(2, "kind", "import.error.code"))),
                arguments("kind not listed", list(row(DINKES, "kind", "KANTOR")), List.of(problem(2, "kind", "import.error.code"))),
                arguments("kind missing", list(row(DINKES, "kind", "")), List.of(problem(2, "kind", "import.error.required"))),
                arguments("parent unknown", list(row(DINKES, "parent_code", "PEMDA")), List.of(problem(2, "parent_code", "import.error.unknownParent"))),
                arguments("parent defined on a later row", list(opd("PKM-1", "Puskesmas 1", "UPT", "DINKES"), row(DINKES)),
                        List.of(problem(2, "parent_code", "import.error.unknownParent"))),
                arguments("own parent", list(row(DINKES, "parent_code", "DINKES")), List.of(problem(2, "parent_code", "import.error.ownParent"))),
                arguments("parent code is case-sensitive", list(row(DINKES, "parent_code", "setda")),
                        List.of(problem(2, "parent_code", "import.error.unknownParent"))),
                arguments("stored OPD moved below its own sub-unit", list(opd("SETDA", "Sekretariat Daerah", "SEKRETARIAT", "BAG-UMUM")),
                        List.of(problem(2, "parent_code", "import.error.parentCycle"))),
                arguments("a code redefined below with another parent", list(row(DINKES), opd("PKM-1", "Puskesmas 1", "UPT", "DINKES"),
                        opd("DINKES", "Dinas Kesehatan", "DINAS", "PKM-1")), List.of(problem(4, "code", "import.error.duplicateKey"))),
                arguments("same code twice with different values", list(row(DINKES), row(DINKES, "name", "Dinkes")),
                        List.of(problem(3, "code", "import.error.duplicateKey"))),
                arguments("more cells than the header", list(Rows.withExtraCells(row(DINKES), 2)), List.of(problem(2, null, "import.error.extraCells"))),
                arguments("a rejected parent row does not cascade to its children", list(row(DINKES, "kind", "X"),
                        opd("PKM-1", "Puskesmas 1", "UPT", "DINKES")), List.of(problem(2, "kind", "import.error.code"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejections")
    void rejects(String rule, List<TableRow> rows, List<Tuple> expected) {
        assertProblems(Rows.validate(new OpdRowParser(STORED), rows), expected);
    }

    @Test
    void parentsMayBeStoredOrDefinedAbove() {
        FileValidation<OpdData> v = Rows.validate(new OpdRowParser(STORED), list(
                row(DINKES, "parent_code", "SETDA"),
                opd("PKM-1", "Puskesmas Kota", "UPT", "DINKES"),
                opd("BAG-UMUM", "Bagian Umum", "OTHER", "")));

        assertProblems(v, List.of());
        assertThat(v.rows()).extracting(r -> r.value().code()).containsExactly("DINKES", "PKM-1", "BAG-UMUM");
        assertThat(v.rows().get(1).value()).isEqualTo(new OpdData("PKM-1", "Puskesmas Kota", OpdKind.UPT, "DINKES", null, null, null));
        assertThat(v.rows().get(2).value().parentCode()).isNull();
    }

    @Test
    void identicalRepeatIsADuplicate() {
        FileValidation<OpdData> v = Rows.validate(new OpdRowParser(STORED), list(row(DINKES), row(DINKES)));

        assertProblems(v, List.of());
        assertThat(v.duplicates()).isEqualTo(1);
    }
}
