package id.merit.performance.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.performance.rules.HonoraryEvaluationPolicy.Input;
import id.merit.performance.rules.HonoraryEvaluationPolicy.Refusal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The honorary (non-ASN) staff evaluation form, the PPPK Paruh Waktu note and the UU 20/2023 Pasal 66 date check. */
class HonoraryEvaluationPolicyTests {

    private static final List<String> RECOMMENDATIONS = List.of("CONTINUE", "CONTINUE_WITH_COACHING", "END");
    private static final List<String> SKILLS = List.of("ADMINISTRATION", "IT_OPERATOR", "DRIVER");
    private static final String REASONS = "Tugas dilaksanakan sesuai penugasan";

    // Merit's defaults for the form (no national regulation prescribes it; docs/rules.md "Honorary staff"):
    // scores 1-4 required, a recommendation from the configured list with reasons of at least 10 characters,
    // and no plain CONTINUE when duties or conduct is 1 ("Sangat kurang"). Empty refusals = the form may be saved.
    @ParameterizedTest(name = "duties {0}, conduct {1}, {2}, reasons \"{3}\", skills {4} -> {5}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "4    | 4    | CONTINUE               | " + REASONS + " | ADMINISTRATION       | ''",
            "1    | 4    | CONTINUE               | " + REASONS + " | ''                   | recommendation:honorary.error.recommendation.veryPoor",
            "4    | 1    | CONTINUE               | " + REASONS + " | ''                   | recommendation:honorary.error.recommendation.veryPoor",
            "2    | 2    | CONTINUE               | " + REASONS + " | ''                   | ''",
            "1    | 1    | CONTINUE_WITH_COACHING | " + REASONS + " | ''                   | ''",
            "1    | 1    | END                    | " + REASONS + " | ''                   | ''",
            "0    | 3    | END                    | " + REASONS + " | ''                   | duties:honorary.error.score",
            "5    | 3    | END                    | " + REASONS + " | ''                   | duties:honorary.error.score",
            "null | 3    | END                    | " + REASONS + " | ''                   | duties:honorary.error.score",
            "3    | 0    | END                    | " + REASONS + " | ''                   | conduct:honorary.error.score",
            "3    | 5    | END                    | " + REASONS + " | ''                   | conduct:honorary.error.score",
            "3    | 3    | null                   | " + REASONS + " | ''                   | recommendation:honorary.error.recommendation.required",
            "3    | 3    | '  '                   | " + REASONS + " | ''                   | recommendation:honorary.error.recommendation.required",
            "3    | 3    | PPPK                   | " + REASONS + " | ''                   | recommendation:honorary.error.recommendation.unknown",
            "3    | 3    | END                    | null            | ''                   | reasons:honorary.error.reasons.required",
            "3    | 3    | END                    | '   '           | ''                   | reasons:honorary.error.reasons.required",
            "3    | 3    | END                    | 123456789       | ''                   | reasons:honorary.error.reasons.short",
            "3    | 3    | END                    | 1234567890      | ''                   | ''",
            "3    | 3    | END                    | ' 123456789 '   | ''                   | reasons:honorary.error.reasons.short",
            "3    | 3    | END                    | " + REASONS + " | DRIVER,IT_OPERATOR   | ''",
            "3    | 3    | END                    | " + REASONS + " | DRIVER,COOKING       | competencies:honorary.error.skill",
            "null | null | null                   | null            | ''                   " +
                    "| duties:honorary.error.score,conduct:honorary.error.score,recommendation:honorary.error.recommendation.required,reasons:honorary.error.reasons.required",
    })
    void formRefusals(Integer duties, Integer conduct, String recommendation, String reasons, String skills, String expected) {
        List<String> ticked = skills.isBlank() ? List.of() : Arrays.asList(skills.split(","));
        List<Refusal> refusals = HonoraryEvaluationPolicy.check(new Input(duties, conduct, recommendation, reasons, ticked, null),
                RECOMMENDATIONS, SKILLS);
        assertThat(refusals.stream().map(r -> r.field() + ":" + r.code()).toList())
                .isEqualTo(expected.isBlank() ? List.of() : Arrays.asList(expected.split(",")));
    }

    // the notes on duties fit the table's 2000 characters: 2000 is accepted, 2001 refused on the notes field
    @ParameterizedTest(name = "notes of {0} characters -> {1}")
    @CsvSource({"2000, ''", "2001, dutiesNotes:honorary.error.tooLong"})
    void notesLength(int length, String expected) {
        List<Refusal> refusals = HonoraryEvaluationPolicy.check(new Input(3, 3, "END", REASONS, List.of(), "x".repeat(length)),
                RECOMMENDATIONS, SKILLS);
        assertThat(refusals.stream().map(r -> r.field() + ":" + r.code()).toList())
                .isEqualTo(expected.isBlank() ? List.of() : List.of(expected));
    }

    // KepmenPANRB 16/2025 (regulations.md §8.1): PPPK Paruh Waktu is for non-ASN in BKN's database who took the 2024
    // selection and were not placed: both conditions, row for row.
    @ParameterizedTest(name = "in BKN database {0}, took 2024 selection {1} -> {2}")
    @CsvSource({
            "true,  true,  true",
            "true,  false, false",
            "false, true,  false",
            "false, false, false",
    })
    void pppkParuhWaktu(boolean inBknDatabase, boolean tookSelection, boolean applies) {
        assertThat(HonoraryEvaluationPolicy.pppkParuhWaktuApplies(inBknDatabase, tookSelection)).isEqualTo(applies);
    }

    // UU 20/2023 Pasal 66 (signed and promulgated 31 October 2023): no new non-ASN since the law is in force.
    // Merit flags a first position starting after 31 October 2023; the boundary is 31 Oct (not flagged) / 1 Nov (flagged).
    @ParameterizedTest(name = "first position {0} -> after the ban {1}")
    @CsvSource(nullValues = "null", value = {
            "2010-01-04, false",
            "2023-10-30, false",
            "2023-10-31, false",
            "2023-11-01, true",
            "2024-12-31, true",
            "2026-01-05, true",
            "null,       false",   // no position history: the date is unknown, nothing is claimed
    })
    void takenOnAfterTheBan(LocalDate firstStart, boolean flagged) {
        assertThat(HonoraryEvaluationPolicy.takenOnAfterBan(firstStart)).isEqualTo(flagged);
    }
}
