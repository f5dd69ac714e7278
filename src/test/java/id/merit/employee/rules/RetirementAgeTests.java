package id.merit.employee.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PP 11/2017 Pasal 239 ayat (2) (as amended by PP 17/2020): one row per post kind and level, boundaries at 2 years. */
class RetirementAgeTests {

    @ParameterizedTest(name = "{0} {1} retires at {2}")
    @CsvSource(nullValues = "-", textBlock = """
            JPT_PRATAMA,   -,            60
            ADMINISTRATOR, -,            58
            PENGAWAS,      -,            58
            PELAKSANA,     -,            58
            FUNGSIONAL,    AHLI_UTAMA,   65
            FUNGSIONAL,    AHLI_MADYA,   60
            FUNGSIONAL,    AHLI_MUDA,    58
            FUNGSIONAL,    AHLI_PERTAMA, 58
            FUNGSIONAL,    PENYELIA,     58
            FUNGSIONAL,    MAHIR,        58
            FUNGSIONAL,    TERAMPIL,     58
            FUNGSIONAL,    PEMULA,       58
            """)
    void retirementAge(PositionKind kind, PositionLevel level, int years) {
        assertThat(RetirementAge.years(kind, level)).isEqualTo(years);
    }

    @ParameterizedTest(name = "born {0}, {1} on {2}: within two years = {3}")
    @CsvSource(textBlock = """
            1970-03-02, PENGAWAS,    2026-03-02, true
            1970-03-02, PENGAWAS,    2026-03-01, false
            1968-03-02, JPT_PRATAMA, 2026-03-02, true
            1968-03-03, JPT_PRATAMA, 2026-03-02, false
            """)
    void flaggedWithinTwoYears(LocalDate birth, PositionKind kind, LocalDate on, boolean flagged) {
        assertThat(RetirementAge.withinTwoYears(birth, kind, null, on)).isEqualTo(flagged);
    }

    /** The day the age is reached: the birthday of that year (29 February → 28 February in a common year). */
    @ParameterizedTest(name = "born {0}, {1} {2}: reached on {3}")
    @CsvSource(nullValues = "-", textBlock = """
            1975-06-15, ADMINISTRATOR, -,          2033-06-15
            1975-06-15, JPT_PRATAMA,   -,          2035-06-15
            1975-06-15, FUNGSIONAL,    AHLI_UTAMA, 2040-06-15
            1975-06-15, FUNGSIONAL,    AHLI_MADYA, 2035-06-15
            1975-06-15, FUNGSIONAL,    MAHIR,      2033-06-15
            1968-02-29, PELAKSANA,     -,          2026-02-28
            """)
    void reachedOn(LocalDate birth, PositionKind kind, PositionLevel level, LocalDate reached) {
        assertThat(RetirementAge.reachedOn(birth, kind, level)).isEqualTo(reached);
    }
}
