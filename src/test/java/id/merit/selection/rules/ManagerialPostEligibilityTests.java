package id.merit.selection.rules;

import static id.merit.selection.rules.CandidateMother.D;
import static id.merit.selection.rules.CandidateMother.eligible;
import static id.merit.selection.rules.JptPratamaEligibilityTests.reasons;
import static org.assertj.core.api.Assertions.assertThat;

import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import id.merit.employee.EducationLevel;
import id.merit.employee.EmployeeType;
import id.merit.performance.SkpPredicate;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Administrator and Pengawas eligibility on D = 1 March 2026, PP 11/2017 Pasal 54 ayat (1) (Administrator) and ayat (3)
 * (Pengawas), regulations.md §6.5, row by row with the boundaries of each condition.
 */
class ManagerialPostEligibilityTests {

    static Eligibility check(ManagerialPost post, CandidateMother m) {
        return ManagerialPostEligibility.check(post, m.build(), D, ManagerialPostParameters.DEFAULTS);
    }

    // Ps 54(1) c: Pengawas ≥ 3 years or the equal JF (Ahli Muda); Ps 54(3) c: Pelaksana ≥ 4 years or an equal JF
    // (Ahli Pertama or a skill level). The union of periods up to D, as for JPT Pratama.
    @ParameterizedTest(name = "{0} with {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ADMINISTRATOR | PENGAWAS@2023-03-01..                                   | -
            ADMINISTRATOR | PENGAWAS@2023-03-02..                                   | POSITION
            ADMINISTRATOR | FUNGSIONAL:AHLI_MUDA@2023-03-01..                       | -
            ADMINISTRATOR | FUNGSIONAL:AHLI_PERTAMA@2023-03-01..                    | POSITION
            ADMINISTRATOR | PELAKSANA@2010-01-01..                                  | POSITION
            ADMINISTRATOR | PENGAWAS@2020-12-31..2021-12-31;FUNGSIONAL:AHLI_MUDA@2024-03-01.. | -
            ADMINISTRATOR | PENGAWAS@2020-12-31..2021-12-31;FUNGSIONAL:AHLI_MUDA@2024-03-02.. | POSITION
            ADMINISTRATOR | PENGAWAS@2020-01-01..2021-12-31;PENGAWAS@2020-06-01..2022-06-30 | POSITION
            PENGAWAS      | PELAKSANA@2022-03-01..                                  | -
            PENGAWAS      | PELAKSANA@2022-03-02..                                  | POSITION
            PENGAWAS      | FUNGSIONAL:AHLI_PERTAMA@2022-03-01..                    | -
            PENGAWAS      | FUNGSIONAL:TERAMPIL@2022-03-01..                        | -
            PENGAWAS      | FUNGSIONAL:PENYELIA@2022-03-01..                        | -
            PENGAWAS      | FUNGSIONAL:MAHIR@2022-03-01..                           | -
            PENGAWAS      | FUNGSIONAL:PEMULA@2022-03-01..                          | -
            PENGAWAS      | FUNGSIONAL:AHLI_MUDA@2022-03-01..                       | POSITION
            PENGAWAS      | PELAKSANA@2017-12-31..2019-12-31;PELAKSANA@2024-03-01.. | -
            PENGAWAS      | PELAKSANA@2018-01-01..2019-12-31;PELAKSANA@2024-03-01.. | POSITION
            """)
    void priorPost(ManagerialPost post, String history, String expected) {
        assertThat(check(post, eligible().positions(history)).reasons()).isEqualTo(reasons(expected));
    }

    // Ps 54(1) b: at least S1/D4; Ps 54(3) b: at least D3.
    @ParameterizedTest(name = "{0}: administrator {1}, pengawas {2}")
    @CsvSource(nullValues = "NONE", textBlock = """
            NONE, EDUCATION, EDUCATION
            SD,   EDUCATION, EDUCATION
            SMP,  EDUCATION, EDUCATION
            SMA,  EDUCATION, EDUCATION
            D1,   EDUCATION, EDUCATION
            D2,   EDUCATION, EDUCATION
            D3,   EDUCATION, -
            D4,   -,         -
            S1,   -,         -
            S2,   -,         -
            S3,   -,         -
            """)
    void education(EducationLevel level, String administrator, String pengawas) {
        CandidateMother m = eligible().education(level, LocalDate.of(2000, 1, 1))
                .positions("PELAKSANA@2010-01-01..2019-12-31;PENGAWAS@2020-01-01..");
        assertThat(check(ManagerialPost.ADMINISTRATOR, m).reasons()).isEqualTo(reasons(administrator));
        assertThat(check(ManagerialPost.PENGAWAS, m).reasons()).isEqualTo(reasons(pengawas));
    }

    // Ps 54(1) d and 54(3) d: "setiap unsur penilaian prestasi kerja paling sedikit bernilai baik dalam 2 tahun terakhir".
    @ParameterizedTest(name = "2024 {0}, 2025 {1}: {2}")
    @CsvSource(nullValues = "NONE", textBlock = """
            BAIK,            SANGAT_BAIK,     -
            BUTUH_PERBAIKAN, BAIK,            PERFORMANCE
            BAIK,            KURANG,          PERFORMANCE
            NONE,            BAIK,            PERFORMANCE
            BAIK,            NONE,            PERFORMANCE
            """)
    void performance(SkpPredicate y2024, SkpPredicate y2025, String expected) {
        CandidateMother m = eligible().predicate(2024, y2024).predicate(2025, y2025)
                .positions("PELAKSANA@2010-01-01..2019-12-31;PENGAWAS@2020-01-01..");
        for (ManagerialPost post : ManagerialPost.values()) {
            assertThat(check(post, m).reasons()).isEqualTo(reasons(expected));
            assertThat(ManagerialPostEligibility.check(post, m.build(), D, ManagerialPostParameters.DEFAULTS.withPerformance(false))
                    .reasons()).isEmpty();
        }
    }

    // Merit's default for integrity (switchable): the JPT discipline window, boundaries included.
    @ParameterizedTest(name = "{0} decided {1} ending {2}: {3}")
    @CsvSource(nullValues = "NONE", textBlock = """
            SEDANG, 2021-03-01, 2022-03-01, DISCIPLINE
            SEDANG, 2021-02-28, 2022-02-28, -
            RINGAN, 2025-06-01, 2026-03-02, DISCIPLINE
            RINGAN, 2025-06-01, 2026-03-01, -
            """)
    void discipline(PunishmentLevel level, LocalDate decided, LocalDate end, String expected) {
        PunishmentKind kind = level == PunishmentLevel.SEDANG ? PunishmentKind.TUKIN_CUT : PunishmentKind.TEGURAN_TERTULIS;
        CandidateMother m = eligible().punished(level, kind, decided, end).positions("PELAKSANA@2010-01-01..2019-12-31;PENGAWAS@2020-01-01..");
        for (ManagerialPost post : ManagerialPost.values()) {
            assertThat(check(post, m).reasons()).isEqualTo(reasons(expected));
            assertThat(ManagerialPostEligibility.check(post, m.build(), D, ManagerialPostParameters.DEFAULTS.withDiscipline(false))
                    .reasons()).isEmpty();
        }
    }

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
        CandidateMother m = eligible().type(type).positions("PELAKSANA@2010-01-01..2019-12-31;PENGAWAS@2020-01-01..");
        for (ManagerialPost post : ManagerialPost.values()) {
            assertThat(check(post, m).reasons()).isEqualTo(reasons(expected));
        }
    }

    @Test
    void ageIsNoConditionAndTheBasisNamesTheParagraph() {
        CandidateMother old = eligible().born(LocalDate.of(1966, 1, 1)).positions("PELAKSANA@2010-01-01..2019-12-31;PENGAWAS@2020-01-01..");
        Eligibility a = check(ManagerialPost.ADMINISTRATOR, old);
        assertThat(a.eligible()).isTrue();
        assertThat(a.basis()).isEqualTo("PP 11/2017 Pasal 54 ayat (1)");
        assertThat(check(ManagerialPost.PENGAWAS, old).basis()).isEqualTo("PP 11/2017 Pasal 54 ayat (3)");
    }

    @Test
    void aShortfallNamesTheLatestCountingPosition() {
        Eligibility e = check(ManagerialPost.ADMINISTRATOR, eligible().positions("PELAKSANA@2010-01-01..2024-12-31;PENGAWAS@2025-01-01.."));
        assertThat(e.failures()).singleElement().satisfies(f -> {
            assertThat(f.reason()).isEqualTo(EligibilityReason.POSITION);
            assertThat(f.sentences().get(0).key()).isEqualTo("selection.reason.position.administrator.short");
            assertThat(f.sentences().get(0).args()).containsExactly("PENGAWAS 2025-01-01", LocalDate.of(2025, 1, 1), 424L, 1096L, 3);
        });
        Eligibility none = check(ManagerialPost.PENGAWAS, eligible().positions("ADMINISTRATOR@2010-01-01.."));
        assertThat(none.failures().get(0).sentences().get(0).key()).isEqualTo("selection.reason.position.pengawas.none");
    }
}
