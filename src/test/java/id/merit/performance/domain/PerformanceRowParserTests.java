package id.merit.performance.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.performance.SkpPeriod;
import id.merit.performance.SkpPredicate;
import id.merit.performance.SkpRating;
import id.merit.dataimport.FileValidation;
import id.merit.dataimport.RowProblem;
import id.merit.dataimport.TabularFile.TableRow;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code performance} rows of interchange.md §2, one line per case. */
class PerformanceRowParserTests {

    private static final String NIP = "198503122010011002";
    private static final int CURRENT_YEAR = 2026;

    private static FileValidation<PerformanceRowParser.Row> validate(String... lines) {
        PerformanceRowParser parser = new PerformanceRowParser(Set.of(NIP)::contains, CURRENT_YEAR);
        FileValidation<PerformanceRowParser.Row> v = new FileValidation<>(parser);
        long line = 2;
        for (String l : lines) {
            String[] cells = l.split(",", -1);
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < PerformanceRowParser.COLUMNS.size(); i++) {
                String cell = i < cells.length ? cells[i].strip() : "";
                m.put(PerformanceRowParser.COLUMNS.get(i), cell.isEmpty() ? null : cell);
            }
            v.accept(new TableRow(line++, m));
        }
        return v.finish();
    }

    // Accepted rows: ratings → predicate by the PermenPANRB 6/2022 matrix; a predicate alone for historical years;
    // CUKUP (PP 30/2019, PP 46/2011) read as BUTUH_PERBAIKAN (interchange.md §2, regulations.md §3.4); codes in any case.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "198503122010011002,2025,ANNUAL,ABOVE,ABOVE,              | ANNUAL | ABOVE | ABOVE | SANGAT_BAIK",
            "198503122010011002,2025,ANNUAL,MEETS,BELOW,KURANG        | ANNUAL | MEETS | BELOW | KURANG",
            "198503122010011002,2025,q2,below,meets,                  | Q2     | BELOW | MEETS | BUTUH_PERBAIKAN",
            "198503122010011002,2023,ANNUAL,,,BAIK                    | ANNUAL |       |       | BAIK",
            "198503122010011002,2019,ANNUAL,,,CUKUP                   | ANNUAL |       |       | BUTUH_PERBAIKAN",
            "198503122010011002,2019,ANNUAL,,,cukup                   | ANNUAL |       |       | BUTUH_PERBAIKAN",
            "198503122010011002,2000,ANNUAL,,,SANGAT_KURANG           | ANNUAL |       |       | SANGAT_KURANG",
            "198503122010011002,2026,Q1,MEETS,MEETS,BAIK              | Q1     | MEETS | MEETS | BAIK",
            "198503122010011002,2025,ANNUAL,di atas ekspektasi,Sesuai,BAIK | ANNUAL | ABOVE | MEETS | BAIK",
            "198503122010011002,2018,ANNUAL,,,Buruk                   | ANNUAL |       |       | SANGAT_KURANG",
    })
    void accepted(String line, SkpPeriod period, SkpRating results, SkpRating behaviour, SkpPredicate predicate) {
        FileValidation<PerformanceRowParser.Row> v = validate(line);
        assertThat(v.problems()).isEmpty();
        assertThat(v.rows()).singleElement().satisfies(r -> {
            assertThat(r.value().period()).isEqualTo(period);
            assertThat(r.value().results()).isEqualTo(results);
            assertThat(r.value().behaviour()).isEqualTo(behaviour);
            assertThat(r.value().predicate()).isEqualTo(predicate);
        });
    }

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', value = {
            // a predicate contradicting the ratings (PermenPANRB 6/2022 gives BAIK for MEETS/MEETS)
            "198503122010011002,2025,ANNUAL,MEETS,MEETS,SANGAT_BAIK | predicate        | performance.import.error.contradiction",
            "198503122010011002,2025,ANNUAL,BELOW,MEETS,CUKUP_X     | predicate        | import.error.code",
            "198503122010011002,2025,ANNUAL,MEETS,,                 | behaviour_rating | performance.import.error.oneRating",
            "198503122010011002,2025,ANNUAL,,ABOVE,BAIK             | results_rating   | performance.import.error.oneRating",
            "198503122010011002,2025,ANNUAL,,,                      | predicate        | performance.import.error.nothing",
            "199001012015011001,2025,ANNUAL,MEETS,MEETS,            | nip              | import.error.unknownEmployee",
            "198503122010011002,1999,ANNUAL,,,BAIK                  | year             | performance.import.error.year",
            "198503122010011002,2027,ANNUAL,,,BAIK                  | year             | performance.import.error.year",
            "198503122010011002,twenty,ANNUAL,,,BAIK                | year             | import.error.integer",
            "198503122010011002,2025,SEMESTER1,,,BAIK               | period           | import.error.code",
            "198503122010011002,2025,,,,BAIK                        | period           | import.error.required",
            "198503122010011002,2025,ANNUAL,GOOD,MEETS,             | results_rating   | import.error.code",
            ",2025,ANNUAL,MEETS,MEETS,                              | nip              | import.error.required",
    })
    void rejected(String line, String field, String key) {
        FileValidation<PerformanceRowParser.Row> v = validate(line);
        assertThat(v.rejected()).isTrue();
        assertThat(v.problems()).extracting(RowProblem::line, RowProblem::field, RowProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, field, key));
        assertMessagesExist(v.problems());
    }

    @Test
    void sameKeyTwiceIsADuplicateWhenEqualAndAConflictOtherwise() {
        FileValidation<PerformanceRowParser.Row> same = validate(
                "198503122010011002,2025,ANNUAL,MEETS,MEETS,",
                "198503122010011002,2025,annual,MEETS,MEETS,BAIK");
        assertThat(same.problems()).isEmpty();
        assertThat(same.duplicates()).isEqualTo(1);

        FileValidation<PerformanceRowParser.Row> conflict = validate(
                "198503122010011002,2025,ANNUAL,MEETS,MEETS,",
                "198503122010011002,2025,ANNUAL,ABOVE,ABOVE,");
        assertThat(conflict.problems()).extracting(RowProblem::line, RowProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "import.error.duplicateKey"));
    }

    private static void assertMessagesExist(List<RowProblem> problems) {
        Properties id = load("i18n/dataimport.properties", "i18n/performance.properties");
        Properties en = load("i18n/dataimport_en.properties", "i18n/performance_en.properties");
        for (RowProblem p : problems) {
            assertThat(id.getProperty(p.messageKey())).as("Indonesian " + p.messageKey()).isNotBlank();
            assertThat(en.getProperty(p.messageKey())).as("English " + p.messageKey()).isNotBlank();
        }
    }

    private static Properties load(String... resources) {
        Properties p = new Properties();
        for (String r : resources) {
            try (Reader in = new InputStreamReader(Objects.requireNonNull(
                    PerformanceRowParserTests.class.getClassLoader().getResourceAsStream(r), r), StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return p;
    }
}
