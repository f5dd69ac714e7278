package id.merit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.shared.Nip.Problem;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** NIP of PNS/CPNS per Perka BKN 22/2007 and 43/2007 (regulations.md §8.4, interchange.md §2). */
class NipTests {

    @ParameterizedTest(name = "{0} born {1} gender {2} -> {3}")
    @CsvSource(nullValues = "null", value = {
            // regulations.md §8.4 test vectors
            "198503122010011002, 1985-03-12, M, ''",
            "198503122010131002, 1985-03-12, M, TMT",                 // TMT month 13
            "198503122010013002, 1985-03-12, M, GENDER",              // gender digit 3
            "19850312201001100,  1985-03-12, M, LENGTH",              // 17 digits
            // boundaries and the interchange extras
            "1985031220100110021, 1985-03-12, M, LENGTH",             // 19 digits
            "19850312201001100A, 1985-03-12, M, FORMAT",
            "198502302010011002, null,       M, BIRTH_DATE",          // 30 February
            "198503122010011002, 1985-03-13, M, BIRTH_DATE_MISMATCH",
            "198503122010011002, 1985-03-12, F, GENDER_MISMATCH",
            "198503122010012002, 1985-03-12, F, ''",
            "198503122010011000, 1985-03-12, M, SEQUENCE",            // sequence 000
            "198503122010001002, 1985-03-12, M, TMT",                 // month 00
            "198503122003031001, 1985-03-12, M, ''",                  // TMT in the month of the 18th birthday
            "198503122003021001, 1985-03-12, M, TMT_BEFORE_ADULT",    // a month before it
            "'',                 null,       null, EMPTY",
    })
    void validatesPnsNip(String nip, LocalDate birth, Character gender, String expected) {
        assertThat(Nip.validatePns(nip, birth, gender)).extracting(Enum::name)
                .containsExactlyElementsOf(expected.isEmpty() ? java.util.List.of() : java.util.List.of(expected.split("\\+")));
    }

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {"PPPK-2023.0001, true", "A, true", "'a b', false", "'<b>x</b>', false",
            "123456789012345678901234567890123, false", "12345678901234567890123456789012, true", "null, false"})
    void validatesRegistrationNumbers(String number, boolean valid) {
        assertThat(Nip.validateRegistration(number).isEmpty()).isEqualTo(valid);
    }

    /** 300 NIPs composed from random but seeded inputs (same cases every run): birth year 1950–2005, TMT at 18–40. */
    static Stream<Arguments> composedNips() {
        Random random = new Random(20261204L);
        return IntStream.range(0, 300).mapToObj(i -> Arguments.of(1950 + random.nextInt(56), 1 + random.nextInt(365),
                18 + random.nextInt(23), 1 + random.nextInt(999), random.nextBoolean()));
    }

    @ParameterizedTest(name = "born {0} day {1}, TMT at {2}, seq {3}, male {4}")
    @MethodSource("composedNips")
    void composedNipsAlwaysValidate(int year, int day, int ageAtTmt, int seq, boolean male) {
        LocalDate born = LocalDate.ofYearDay(year, day);
        YearMonth tmt = YearMonth.from(born.plusYears(ageAtTmt));
        String nip = Nip.compose(born, tmt, male ? 'M' : 'F', seq);
        assertThat(Nip.validatePns(nip, born, male ? 'M' : 'F')).isEmpty();
        assertThat(nip).hasSize(18);
    }

    @org.junit.jupiter.api.Test
    void multipleProblemsAreAllReported() {
        assertThat(Nip.validatePns("198502302010133000", null, null))
                .containsExactly(Problem.BIRTH_DATE, Problem.TMT, Problem.GENDER, Problem.SEQUENCE);
    }
}
