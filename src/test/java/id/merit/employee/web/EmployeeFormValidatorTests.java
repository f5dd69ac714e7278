package id.merit.employee.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.employee.EmployeeType;
import id.merit.employee.FunctionalProfession;
import id.merit.employee.Gender;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.validation.BeanPropertyBindingResult;

/** The registry form's rules (interchange.md §2; NIP per regulations.md §8.4), field by field. */
class EmployeeFormValidatorTests {

    private static jakarta.validation.ValidatorFactory factory;
    private static Validator beanValidator;
    private final EmployeeFormValidator validator = new EmployeeFormValidator();

    @BeforeAll
    static void startBeanValidation() {
        factory = Validation.buildDefaultValidatorFactory();
        beanValidator = factory.getValidator();
    }

    @AfterAll
    static void stopBeanValidation() {
        factory.close();
    }

    private static EmployeeForm pns() {
        EmployeeForm f = new EmployeeForm();
        f.setNip("198503122010011002");
        f.setName("Budi Santoso, S.Kom.");
        f.setGender(Gender.M);
        f.setBirthDate(LocalDate.of(1985, 3, 12));
        f.setEmployeeType(EmployeeType.PNS);
        f.setOpdCode("DISKOMINFO");
        f.setRank("III/b");
        f.setPositionKind(PositionKind.FUNGSIONAL);
        f.setPositionLevel(PositionLevel.AHLI_PERTAMA);
        f.setFunctionalProfession(FunctionalProfession.GURU);
        f.setHomeLat(new BigDecimal("-2.548926"));
        f.setHomeLon(new BigDecimal("112.951287"));
        return f;
    }

    private static EmployeeForm honorary() {
        EmployeeForm f = pns();
        f.setNip("PHL-2021.0042");
        f.setEmployeeType(EmployeeType.NON_ASN_PHL);
        f.setRank(null);
        f.setPositionKind(PositionKind.PELAKSANA);
        f.setPositionLevel(null);
        return f;
    }

    /** "field:code" of every error, custom rules and annotations together. */
    private List<String> errors(EmployeeForm form) {
        BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "employeeForm");
        beanValidator.validate(form).forEach(v -> result.rejectValue(v.getPropertyPath().toString(),
                v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName()));
        validator.validate(form, result);
        return result.getFieldErrors().stream().map(e -> e.getField() + ":" + e.getCode()).sorted().toList();
    }

    private List<String> errors(EmployeeForm form, Consumer<EmployeeForm> change) {
        change.accept(form);
        return errors(form);
    }

    @Test
    void validPnsAndHonoraryStaffPass() {
        assertThat(errors(pns())).isEmpty();
        assertThat(errors(honorary())).isEmpty();
        assertThat(errors(pns(), f -> {
            f.setHomeLat(null);
            f.setHomeLon(null);
        })).as("coordinates may be unknown").isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} born {2} gender {3} -> {4}")
    @CsvSource(nullValues = "null", value = {
            "PNS,         198503122010011002, 1985-03-12, M, ''",
            "CPNS,        198503122010011002, 1985-03-12, M, ''",
            "PNS,         19850312201001100,  1985-03-12, M, nip.error.LENGTH",
            "PNS,         PHL-2021.0042,      1985-03-12, M, nip.error.FORMAT",
            "PNS,         198503122010011002, 1985-03-13, M, nip.error.BIRTH_DATE_MISMATCH",
            "PNS,         198503122010011002, 1985-03-12, F, nip.error.GENDER_MISMATCH",
            "PNS,         198503122010011000, 1985-03-12, M, nip.error.SEQUENCE",
            "CPNS,        198503122003021001, 1985-03-12, M, nip.error.TMT_BEFORE_ADULT",
            "PNS,         '',                 1985-03-12, M, nip.error.EMPTY",
            // others carry a registration number: letters, digits, dot and hyphen, at most 32
            "PPPK,        PPPK-2024.001,      1985-03-12, M, ''",
            "NON_ASN_PHT, 198503122010011002, 1990-01-01, F, ''",
            "NON_ASN_PHL, PHL 42,             1985-03-12, M, nip.error.FORMAT",
            "NON_ASN_PHL, 123456789012345678901234567890123, 1985-03-12, M, nip.error.FORMAT",
            "PPPK_PARUH_WAKTU, '',            1985-03-12, M, nip.error.EMPTY",
    })
    void nipFollowsTheEmployeeType(EmployeeType type, String nip, LocalDate born, Gender gender, String expected) {
        List<String> found = errors(pns(), f -> {
            f.setEmployeeType(type);
            f.setRank(type.isCivilServant() ? "III/b" : null);
            f.setNip(nip);
            f.setBirthDate(born);
            f.setGender(gender);
        });
        assertThat(found).containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of("nip:" + expected));
    }

    @ParameterizedTest(name = "{0} rank ''{1}'' -> {2}")
    @CsvSource(nullValues = "null", value = {
            "PNS,         null,  employee.error.rankRequired",
            "CPNS,        '',    employee.error.rankRequired",
            "PNS,         V/a,   employee.error.rankInvalid",
            "PNS,         I/a,   ''",
            "PNS,         IV/e,  ''",
            "PPPK,        III/a, employee.error.rankNotAllowed",
            "NON_ASN_PHT, I/a,   employee.error.rankNotAllowed",
            "NON_ASN_PHL, null,  ''",
    })
    void onlyCivilServantsHaveARank(EmployeeType type, String rank, String expected) {
        List<String> found = errors(pns(), f -> {
            f.setEmployeeType(type);
            f.setNip(type.isCivilServant() ? "198503122010011002" : "REG-1");
            f.setRank(rank);
        });
        assertThat(found).containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of("rank:" + expected));
    }

    @ParameterizedTest(name = "{0} level {1} -> {2}")
    @CsvSource(nullValues = "null", value = {
            "FUNGSIONAL,    AHLI_MUDA, ''",
            "FUNGSIONAL,    null,      ''",
            "PELAKSANA,     TERAMPIL,  employee.error.levelOnlyFunctional",
            "ADMINISTRATOR, AHLI_MUDA, employee.error.levelOnlyFunctional",
            "null,          PEMULA,    employee.error.levelOnlyFunctional",
            "JPT_PRATAMA,   null,      ''",
    })
    void positionLevelOnlyForFunctionalPositions(PositionKind kind, PositionLevel level, String expected) {
        List<String> found = errors(pns(), f -> {
            f.setPositionKind(kind);
            f.setPositionLevel(level);
        });
        assertThat(found).containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of("positionLevel:" + expected));
    }

    @ParameterizedTest(name = "lat {0} lon {1} -> {2}")
    @CsvSource(nullValues = "null", value = {
            "-2.548926,  112.951287, ''",
            "90,         180,        ''",
            "-90,        -180,       ''",
            "90.000001,  112,        homeLat:DecimalMax",
            "-90.1,      112,        homeLat:DecimalMin",
            "-2.5,       180.5,      homeLon:DecimalMax",
            "-2.5,       -181,       homeLon:DecimalMin",
            "-2.5489261, 112,        homeLat:Digits",
            "null,       112.9,      homeLat:employee.error.coordinatesPair",
            "-2.5,       null,       homeLon:employee.error.coordinatesPair",
            "null,       null,       ''",
    })
    void coordinatesComeAsAPairWithinRange(BigDecimal lat, BigDecimal lon, String expected) {
        List<String> found = errors(pns(), f -> {
            f.setHomeLat(lat);
            f.setHomeLon(lon);
        });
        assertThat(found).containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected));
    }

    @ParameterizedTest(name = "name ''{0}'' -> {1}")
    @CsvSource(value = {
            "Budi Santoso,                         ''",
            "'Dr. I Gusti Ngurah Rai, M.Si.',      ''",
            "'Siti & Co',                          ''",
            "'<b>Budi</b>',                        name:Pattern",
            "'Budi <script>',                      name:Pattern",
            "'Budi > Ani',                         name:Pattern",
            "'   ',                                name:NotBlank",
    })
    void nameIsRequiredAndWithoutHtml(String name, String expected) {
        assertThat(errors(pns(), f -> f.setName(name)))
                .containsExactlyElementsOf(expected.isEmpty() ? List.of() : List.of(expected));
    }

    @Test
    void nameIsAtMost200Characters() {
        assertThat(errors(pns(), f -> f.setName("a".repeat(200)))).isEmpty();
        assertThat(errors(pns(), f -> f.setName("a".repeat(201)))).containsExactly("name:Size");
    }

    @Test
    void requiredChoicesAreReportedAndTheNipIsStillCheckedForEmptiness() {
        EmployeeForm empty = new EmployeeForm();
        assertThat(errors(empty)).containsExactly("birthDate:NotNull", "employeeType:NotNull", "gender:NotNull",
                "name:NotBlank", "nip:nip.error.EMPTY", "opdCode:NotBlank");
    }

    @Test
    void theCustomMessagesExistInBothLanguages() {
        java.util.Properties id = load("i18n/employee.properties");
        java.util.Properties en = load("i18n/employee_en.properties");
        for (String key : List.of("employee.error.rankRequired", "employee.error.rankInvalid", "employee.error.rankNotAllowed",
                "employee.error.levelOnlyFunctional", "employee.error.coordinatesPair", "employee.error.nameHtml")) {
            assertThat(id.getProperty(key)).as(key).isNotBlank();
            assertThat(en.getProperty(key)).as(key).isNotBlank();
        }
    }

    private static java.util.Properties load(String path) {
        java.util.Properties p = new java.util.Properties();
        try (var in = EmployeeFormValidatorTests.class.getClassLoader().getResourceAsStream(path)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p;
    }
}
