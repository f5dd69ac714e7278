package id.merit.dataimport;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** interchange.md §2: codes match without regard to case; L/P are accepted for gender M/F. */
class CodesTests {

    @ParameterizedTest
    @CsvSource({
            "M, M", "m, M", "L, M", "l, M", "laki-laki, M", "Pria, M",
            "F, F", "f, F", "P, F", "p, F", "Perempuan, F", "wanita, F",
            "' M ', M"})
    void genderInEitherLanguageAndAnyCase(String typed, Gender expected) {
        assertThat(Codes.parse(Gender.class, typed)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"jpt_pratama, JPT_PRATAMA", "JPT PRATAMA, JPT_PRATAMA", "jpt-pratama, JPT_PRATAMA", "Pelaksana, PELAKSANA"})
    void underscoresMayBeTypedAsSpacesOrHyphens(String typed, PositionKind expected) {
        assertThat(Codes.parse(PositionKind.class, typed)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"X", "MF", "lakilaki", "JPTPRATAMA"})
    void unknownCodesStayUnknown(String typed) {
        assertThat(Codes.parse(Gender.class, typed)).isNull();
        assertThat(Codes.parse(PositionKind.class, typed)).isNull();
    }
}
