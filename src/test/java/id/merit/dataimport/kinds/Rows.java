package id.merit.dataimport.kinds;

import id.merit.dataimport.FileValidation;
import id.merit.dataimport.RowParser;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.dataimport.RowProblem;
import id.merit.dataimport.TabularFile.TableRow;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.assertj.core.groups.Tuple;

/** Builds rows for the validator tables and checks their message keys exist in both languages. */
final class Rows {

    private static final Properties INDONESIAN = load("i18n/messages.properties", "i18n/dataimport.properties");
    private static final Properties ENGLISH = load("i18n/messages_en.properties", "i18n/dataimport_en.properties");

    private Rows() {
    }

    /** A row template: {@code base} with the given column=value pairs replaced. */
    static TableRow row(Map<String, String> base, String... columnValue) {
        Map<String, String> m = new LinkedHashMap<>(base);
        for (int i = 0; i < columnValue.length; i += 2) {
            m.put(columnValue[i], columnValue[i + 1]);
        }
        return new TableRow(0, m);
    }

    static TableRow withExtraCells(TableRow r, int extra) {
        return new TableRow(r.line(), r.values(), extra, r.lossy());
    }

    static TableRow lossy(TableRow r, String column) {
        return new TableRow(r.line(), r.values(), r.extraCells(), Set.of(column));
    }

    static Map<String, String> values(List<String> columns, String... values) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            m.put(columns.get(i), i < values.length ? values[i] : "");
        }
        return m;
    }

    /** Runs pass 1 over the rows, numbering them from line 2 (the header is line 1). */
    static <T> FileValidation<T> validate(RowParser<T> parser, List<TableRow> rows) {
        FileValidation<T> v = new FileValidation<>(parser);
        long line = 2;
        for (TableRow r : rows) {
            v.accept(new TableRow(line++, r.values(), r.extraCells(), r.lossy()));
        }
        return v.finish();
    }

    static Tuple problem(long line, String field, String key) {
        return new Tuple(line, field, key);
    }

    /** Asserts the exact problems (line, field, key) and that every key renders in Indonesian and English. */
    static void assertProblems(FileValidation<?> v, List<Tuple> expected) {
        assertThat(v.problems()).extracting(RowProblem::line, RowProblem::field, RowProblem::messageKey)
                .containsExactlyElementsOf(expected);
        for (RowProblem p : v.problems()) {
            assertThat(INDONESIAN.getProperty(p.messageKey())).as("Indonesian text of " + p.messageKey()).isNotBlank();
            assertThat(ENGLISH.getProperty(p.messageKey())).as("English text of " + p.messageKey()).isNotBlank();
        }
        assertThat(v.rejected()).isEqualTo(!expected.isEmpty());
    }

    static List<TableRow> list(TableRow... rows) {
        List<TableRow> out = new ArrayList<>();
        for (TableRow r : rows) {
            out.add(Objects.requireNonNull(r));
        }
        return out;
    }

    private static Properties load(String... resources) {
        Properties p = new Properties();
        for (String r : resources) {
            try (Reader in = new InputStreamReader(Objects.requireNonNull(Rows.class.getClassLoader().getResourceAsStream(r), r),
                    StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return p;
    }
}
