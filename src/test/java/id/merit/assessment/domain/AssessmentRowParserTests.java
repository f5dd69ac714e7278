package id.merit.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.assessment.AssessmentPurpose;
import id.merit.dataimport.FileValidation;
import id.merit.dataimport.RowProblem;
import id.merit.dataimport.TabularFile.TableRow;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Row rules of the {@code assessments} kind (interchange.md §2: jpm and potential_score 0–100 with up to 2 decimals). */
class AssessmentRowParserTests {

    static final String NIP = "198503122010011002";
    static final List<String> GOOD = List.of(NIP, "2025-03-10", "MAPPING", "78.25", "81");

    private static FileValidation<AssessmentRowParser.Row> validate(List<List<String>> rows) {
        FileValidation<AssessmentRowParser.Row> v = new FileValidation<>(
                new AssessmentRowParser(nip -> NIP.equals(nip) ? Optional.of(42L) : Optional.empty()));
        long line = 2;
        for (List<String> cells : rows) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < AssessmentRowParser.COLUMNS.size(); i++) {
                String cell = cells.get(i);
                m.put(AssessmentRowParser.COLUMNS.get(i), cell.isEmpty() ? null : cell);
            }
            v.accept(new TableRow(line++, m));
        }
        return v.finish();
    }

    private static List<String> with(String column, String value) {
        List<String> cells = new java.util.ArrayList<>(GOOD);
        cells.set(AssessmentRowParser.COLUMNS.indexOf(column), value);
        return cells;
    }

    @ParameterizedTest(name = "{0}={1} → {2}")
    @CsvSource(delimiter = '|', value = {
            "nip              | 198503122010011003 | import.error.unknownEmployee",
            "nip              | ''                 | import.error.required",
            "assessment_date  | 10/03/2025         | import.error.date",
            "assessment_date  | ''                 | import.error.required",
            "purpose          | PROMOTION          | import.error.code",
            "purpose          | ''                 | import.error.required",
            "jpm              | 100.001            | assessment.import.decimals",
            "jpm              | 78.125             | assessment.import.decimals",
            "jpm              | -1                 | import.error.range",
            "jpm              | 100.01             | import.error.range",
            "jpm              | 101                | import.error.range",
            "jpm              | tujuh puluh        | assessment.import.number",
            "jpm              | 78,5               | assessment.import.number",
            "jpm              | ''                 | import.error.required",
            "potential_score  | 100.001            | assessment.import.decimals",
            "potential_score  | -1                 | import.error.range",
            "potential_score  | 80.123             | assessment.import.decimals",
            "potential_score  | tinggi             | assessment.import.number",
    })
    void rejects(String column, String value, String key) {
        FileValidation<AssessmentRowParser.Row> v = validate(List.of(with(column, value)));

        assertThat(v.rejected()).isTrue();
        assertThat(v.problems()).extracting(RowProblem::line, RowProblem::field, RowProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, column, key));
        assertMessagesExist(v.problems());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"0, 0.00", "100, 100.00", "100.00, 100.00", "67.99, 67.99", "68, 68.00", "78.500, 78.50", "+5.1, 5.10"})
    void acceptsScoresFromZeroToHundredWithTwoDecimals(String typed, BigDecimal stored) {
        FileValidation<AssessmentRowParser.Row> v = validate(List.of(with("jpm", typed)));

        assertThat(v.problems()).isEmpty();
        assertThat(v.rows().get(0).value().assessment().jpm()).isEqualTo(stored);
    }

    @Test
    void purposeIsReadWithoutRegardToCaseAndTheRowCarriesTheEmployeeId() {
        FileValidation<AssessmentRowParser.Row> v = validate(List.of(with("purpose", "selection"), with("purpose", "Mapping")));

        assertThat(v.problems()).isEmpty();
        assertThat(v.rows()).extracting(r -> r.value().assessment().purpose())
                .containsExactly(AssessmentPurpose.SELECTION, AssessmentPurpose.MAPPING);
        assertThat(v.rows().get(0).value().employeeId()).isEqualTo(42L);
        assertThat(v.rows().get(0).value().assessment().assessmentDate()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(v.rows().get(0).value().assessment().potentialScore()).isEqualTo(new BigDecimal("81.00"));
    }

    @Test
    void anIdenticalRepeatIsADuplicateAndTheSameKeyWithOtherScoresAConflict() {
        FileValidation<AssessmentRowParser.Row> same = validate(List.of(GOOD, with("jpm", "78.250")));
        assertThat(same.problems()).isEmpty();
        assertThat(same.duplicates()).isEqualTo(1);

        FileValidation<AssessmentRowParser.Row> conflict = validate(List.of(GOOD, with("jpm", "80")));
        assertThat(conflict.problems()).extracting(RowProblem::line, RowProblem::field, RowProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "assessment_date", "import.error.duplicateKey"));

        FileValidation<AssessmentRowParser.Row> otherPurpose = validate(List.of(GOOD, with("purpose", "SELECTION")));
        assertThat(otherPurpose.problems()).isEmpty();
        assertThat(otherPurpose.rows()).hasSize(2);
    }

    private static void assertMessagesExist(List<RowProblem> problems) {
        Properties id = load("i18n/dataimport.properties", "i18n/assessment.properties");
        Properties en = load("i18n/dataimport_en.properties", "i18n/assessment_en.properties");
        for (RowProblem p : problems) {
            assertThat(id.getProperty(p.messageKey())).as("Indonesian " + p.messageKey()).isNotBlank();
            assertThat(en.getProperty(p.messageKey())).as("English " + p.messageKey()).isNotBlank();
        }
    }

    private static Properties load(String... resources) {
        Properties p = new Properties();
        for (String r : resources) {
            try (Reader in = new InputStreamReader(Objects.requireNonNull(AssessmentRowParserTests.class.getClassLoader().getResourceAsStream(r), r),
                    StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return p;
    }
}
