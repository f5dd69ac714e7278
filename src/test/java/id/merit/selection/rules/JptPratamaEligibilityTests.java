package id.merit.selection.rules;

import static id.merit.selection.rules.CandidateMother.D;
import static id.merit.selection.rules.CandidateMother.eligible;
import static org.assertj.core.api.Assertions.assertThat;

import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import id.merit.employee.EducationLevel;
import id.merit.employee.EmployeeType;
import id.merit.performance.SkpPredicate;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * JPT Pratama eligibility on D = 1 March 2026, rules-defaults.md "JPT Pratama eligibility" row by row: PP 11/2017
 * Pasal 107 huruf c as amended by PP 17/2020 (education, experience, prior post, age) and the announcement rules
 * (performance, discipline). Every row starts from an eligible candidate and changes one thing; {@code expected} lists
 * the reason codes in order ("-" = eligible).
 */
class JptPratamaEligibilityTests {

    static List<EligibilityReason> reasons(String expected) {
        return expected == null || "-".equals(expected) ? List.of() : Arrays.stream(expected.split("\\+")).map(EligibilityReason::valueOf).toList();
    }

    static Eligibility check(CandidateMother m) {
        return JptPratamaEligibility.check(m.build(), D, JptPratamaParameters.DEFAULTS);
    }

    @Test
    void theDefaultCandidateIsEligible() {
        Eligibility e = check(eligible());
        assertThat(e.eligible()).isTrue();
        assertThat(e.reasons()).isEmpty();
        assertThat(e.basis()).contains("PP 11/2017 Pasal 107").contains("PP 17/2020");
        assertThat(e.ruleSet()).isEqualTo(JptPratamaParameters.DEFAULTS.effectiveFrom());
    }

    // Ps 107 huruf c angka 6 (PP 17/2020): "usia paling tinggi 56 tahun" — the 57th birthday on or before D fails.
    @ParameterizedTest(name = "born {0}: {1}")
    @CsvSource(textBlock = """
            1969-02-28, AGE
            1969-03-01, AGE
            1969-03-02, -
            1970-03-01, -
            1960-01-01, AGE
            """)
    void age(LocalDate birth, String expected) {
        assertThat(check(eligible().born(birth)).reasons()).isEqualTo(reasons(expected));
    }

    @Test
    void bornOnTheTwentyNinthOfFebruaryTurns57OnTheTwentyEighthInACommonYear() {
        Candidate leap = eligible().born(LocalDate.of(1972, 2, 29)).build();
        assertThat(JptPratamaEligibility.check(leap, LocalDate.of(2029, 2, 27), JptPratamaParameters.DEFAULTS).reasons())
                .doesNotContain(EligibilityReason.AGE);
        assertThat(JptPratamaEligibility.check(leap, LocalDate.of(2029, 2, 28), JptPratamaParameters.DEFAULTS).reasons())
                .contains(EligibilityReason.AGE);
    }

    // Ps 107 huruf c angka 3: experience ≥ 5 years, the union of every position period (not their sum) up to D.
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            ADMINISTRATOR@2021-03-01..                                                | -
            ADMINISTRATOR@2021-03-02..                                                | EXPERIENCE
            PELAKSANA@2021-03-01..2023-12-31;ADMINISTRATOR@2024-01-01..               | -
            PELAKSANA@2021-03-01..2023-12-30;ADMINISTRATOR@2024-01-01..               | EXPERIENCE
            PELAKSANA@2022-01-01..2025-12-31;ADMINISTRATOR@2023-01-01..               | EXPERIENCE
            PELAKSANA@2015-01-01..2025-12-31;ADMINISTRATOR@2023-01-01..               | -
            PELAKSANA@2019-01-02..2020-12-31;ADMINISTRATOR@2023-03-01..               | -
            PELAKSANA@2019-01-03..2020-12-31;ADMINISTRATOR@2023-03-01..               | EXPERIENCE
            PELAKSANA@2019-01-02..2020-12-31;PELAKSANA@2019-06-01..2020-06-30;ADMINISTRATOR@2023-03-01.. | -
            ADMINISTRATOR@2021-03-01..;PELAKSANA@2030-01-01..                         | -
            ADMINISTRATOR@2026-03-01..                                                | EXPERIENCE+POSITION
            """)
    void experience(String history, String expected) {
        assertThat(check(eligible().positions(history)).reasons()).isEqualTo(reasons(expected));
    }

    @Test
    void noPositionHistoryFailsExperienceAndPosition() {
        Eligibility e = check(eligible().positions(""));
        assertThat(e.reasons()).containsExactly(EligibilityReason.EXPERIENCE, EligibilityReason.POSITION);
        assertThat(e.failures().get(0).sentences()).extracting(Sentence::key).containsExactly("selection.reason.experience.none");
        assertThat(e.failures().get(1).sentences()).extracting(Sentence::key).containsExactly("selection.reason.position.jpt.none");
    }

    // Ps 107 huruf c angka 4 (PP 17/2020): ≥ 2 years as Administrator or JF Ahli Madya (union of periods up to D).
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            PELAKSANA@2010-01-01..2024-02-29;ADMINISTRATOR@2024-03-01..                              | -
            PELAKSANA@2010-01-01..2024-03-01;ADMINISTRATOR@2024-03-02..                              | POSITION
            PELAKSANA@2010-01-01..2024-02-29;FUNGSIONAL:AHLI_MADYA@2024-03-01..                      | -
            PELAKSANA@2010-01-01..2024-02-29;FUNGSIONAL:AHLI_MUDA@2024-03-01..                       | POSITION
            PELAKSANA@2010-01-01..2024-02-29;FUNGSIONAL:AHLI_UTAMA@2024-03-01..                      | POSITION
            PELAKSANA@2010-01-01..2024-02-29;PENGAWAS@2024-03-01..                                   | POSITION
            PELAKSANA@2010-01-01..2024-02-29;JPT_PRATAMA@2024-03-01..                                | POSITION
            PENGAWAS@2010-01-01..;ADMINISTRATOR@2020-01-01..2020-12-31;FUNGSIONAL:AHLI_MADYA@2022-01-01..2022-12-30 | -
            PENGAWAS@2010-01-01..;ADMINISTRATOR@2020-01-01..2020-12-31;FUNGSIONAL:AHLI_MADYA@2022-01-01..2022-12-29 | POSITION
            PENGAWAS@2010-01-01..;ADMINISTRATOR@2020-01-01..2021-06-30;ADMINISTRATOR@2020-06-01..2021-06-30 | POSITION
            PENGAWAS@2010-01-01..;ADMINISTRATOR@2020-01-01..2021-06-30;ADMINISTRATOR@2020-06-01..2021-12-31 | -
            """)
    void priorPost(String history, String expected) {
        assertThat(check(eligible().positions(history)).reasons()).isEqualTo(reasons(expected));
    }

    // Announcement rule: ANNUAL predicate BAIK or SANGAT_BAIK in D.year−1 (2025) and D.year−2 (2024); "-" = none recorded.
    @ParameterizedTest(name = "2024 {0}, 2025 {1}: {2}")
    @CsvSource(nullValues = "-", textBlock = """
            BAIK,            BAIK,            OK
            SANGAT_BAIK,     SANGAT_BAIK,     OK
            BUTUH_PERBAIKAN, BAIK,            PERFORMANCE
            BAIK,            BUTUH_PERBAIKAN, PERFORMANCE
            BAIK,            KURANG,          PERFORMANCE
            SANGAT_KURANG,   BAIK,            PERFORMANCE
            -,               BAIK,            PERFORMANCE
            BAIK,            -,               PERFORMANCE
            -,               -,               PERFORMANCE
            """)
    void performance(SkpPredicate y2024, SkpPredicate y2025, String expected) {
        Eligibility e = check(eligible().predicate(2024, y2024).predicate(2025, y2025).predicate(2023, SkpPredicate.SANGAT_KURANG)
                .predicate(2026, SkpPredicate.SANGAT_KURANG));
        assertThat(e.reasons()).isEqualTo(reasons("OK".equals(expected) ? "-" : expected));
        Eligibility off = JptPratamaEligibility.check(eligible().predicate(2024, y2024).predicate(2025, y2025).build(), D,
                JptPratamaParameters.DEFAULTS.withPerformance(false));
        assertThat(off.reasons()).isEmpty();
    }

    @Test
    void eachFailingYearHasItsSentence() {
        Eligibility e = check(eligible().predicate(2024, null).predicate(2025, SkpPredicate.KURANG));
        assertThat(e.failures().get(0).sentences()).containsExactly(
                new Sentence("selection.reason.performance.missing", List.of("2024")),
                new Sentence("selection.reason.performance.low", List.of("2025", SkpPredicate.KURANG)));
    }

    // Announcement rule: no SEDANG/BERAT decided in the 5 years up to D (1 March 2021 included), none running on D.
    @ParameterizedTest(name = "{0} {1} decided {2} ending {3}: {4}")
    @CsvSource(nullValues = "-", textBlock = """
            SEDANG, TUKIN_CUT,            2021-03-01, 2022-03-01, DISCIPLINE
            SEDANG, TUKIN_CUT,            2021-02-28, 2022-02-28, -
            BERAT,  PEMBEBASAN_JABATAN,   2021-03-01, 2022-03-01, DISCIPLINE
            BERAT,  PEMBEBASAN_JABATAN,   2021-02-28, 2022-02-28, -
            SEDANG, PENUNDAAN_PANGKAT,    2026-03-01, 2027-03-01, DISCIPLINE
            SEDANG, PENUNDAAN_PANGKAT,    2026-03-02, 2027-03-02, -
            RINGAN, TEGURAN_TERTULIS,     2025-06-01, 2026-03-02, DISCIPLINE
            RINGAN, TEGURAN_TERTULIS,     2025-06-01, 2026-03-01, -
            RINGAN, TEGURAN_LISAN,        2026-02-01, -,          -
            SEDANG, TUKIN_CUT,            2020-06-01, 2026-03-02, DISCIPLINE
            BERAT,  PEMBERHENTIAN,        2015-01-01, -,          DISCIPLINE
            """)
    void discipline(PunishmentLevel level, PunishmentKind kind, LocalDate decided, LocalDate end, String expected) {
        assertThat(check(eligible().punished(level, kind, decided, end)).reasons()).isEqualTo(reasons(expected));
        Eligibility off = JptPratamaEligibility.check(eligible().punished(level, kind, decided, end).build(), D,
                JptPratamaParameters.DEFAULTS.withDiscipline(false));
        assertThat(off.reasons()).isEmpty();
    }

    @Test
    void aRunningPunishmentIsNamedWithItsEnd() {
        Eligibility e = check(eligible().punished(PunishmentLevel.RINGAN, PunishmentKind.TEGURAN_TERTULIS, LocalDate.of(2025, 6, 1),
                LocalDate.of(2026, 6, 1)));
        assertThat(e.failures().get(0).sentences()).containsExactly(new Sentence("selection.reason.discipline.running",
                List.of(PunishmentLevel.RINGAN, LocalDate.of(2025, 6, 1), LocalDate.of(2026, 6, 1))));
    }

    // Ps 107 huruf c angka 1: "berkualifikasi pendidikan paling rendah sarjana atau diploma IV".
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(nullValues = "NONE", textBlock = """
            NONE, EDUCATION
            SD,   EDUCATION
            SMP,  EDUCATION
            SMA,  EDUCATION
            D1,   EDUCATION
            D2,   EDUCATION
            D3,   EDUCATION
            D4,   -
            S1,   -
            S2,   -
            S3,   -
            """)
    void education(EducationLevel level, String expected) {
        assertThat(check(eligible().education(level, LocalDate.of(2000, 1, 1))).reasons()).isEqualTo(reasons(expected));
    }

    @Test
    void aDegreeEarnedAfterDDoesNotCountAndTheHighestIsNamed() {
        CandidateMother m = eligible().education(EducationLevel.D3, LocalDate.of(1996, 8, 1));
        m.education.add(new Candidate.Degree(EducationLevel.S1, "Universitas Terbuka", LocalDate.of(2026, 3, 2)));
        Eligibility e = check(m);
        assertThat(e.reasons()).containsExactly(EligibilityReason.EDUCATION);
        assertThat(e.failures().get(0).sentences()).containsExactly(new Sentence("selection.reason.education.low",
                List.of("D3", "Institusi", "S1/D4")));
        m.education.set(1, new Candidate.Degree(EducationLevel.S1, "Universitas Terbuka", D));
        assertThat(check(m).reasons()).isEmpty();
    }

    // A JPT post is a PNS post (Ps 107 is in the PNS part of PP 11/2017).
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(textBlock = """
            PNS,              -
            CPNS,             EMPLOYEE_TYPE
            PPPK,             EMPLOYEE_TYPE
            PPPK_PARUH_WAKTU, EMPLOYEE_TYPE
            NON_ASN_PHT,      EMPLOYEE_TYPE
            NON_ASN_PHL,      EMPLOYEE_TYPE
            """)
    void employeeType(EmployeeType type, String expected) {
        assertThat(check(eligible().type(type)).reasons()).isEqualTo(reasons(expected));
    }

    @Test
    void reasonsComeInTheContractOrder() {
        Eligibility e = check(eligible().type(EmployeeType.CPNS).born(LocalDate.of(1960, 1, 1)).education(EducationLevel.SMA, null)
                .positions("PELAKSANA@2025-01-01..").predicate(2025, null)
                .punished(PunishmentLevel.BERAT, PunishmentKind.PENURUNAN_JABATAN, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)));
        assertThat(e.reasons()).containsExactly(EligibilityReason.values());
        assertThat(e.eligible()).isFalse();
        Eligibility ageAndDiscipline = check(eligible().born(LocalDate.of(1968, 1, 1))
                .punished(PunishmentLevel.SEDANG, PunishmentKind.TUKIN_CUT, LocalDate.of(2024, 5, 2), LocalDate.of(2024, 11, 2)));
        assertThat(ageAndDiscipline.reasons()).containsExactly(EligibilityReason.AGE, EligibilityReason.DISCIPLINE);
        assertThat(ageAndDiscipline.failures().get(0).sentences().get(0).args()).containsExactly(LocalDate.of(1968, 1, 1), 58, D, 56);
    }
}
