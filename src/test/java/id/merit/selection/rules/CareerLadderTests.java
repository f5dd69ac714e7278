package id.merit.selection.rules;

import static id.merit.selection.rules.CandidateMother.D;
import static id.merit.selection.rules.CandidateMother.eligible;
import static org.assertj.core.api.Assertions.assertThat;

import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import id.merit.employee.EducationLevel;
import id.merit.employee.EmployeeType;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import id.merit.performance.SkpPredicate;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The career ladder (issue 15 item 5): the next steps from every position, the rank table and its boundaries. */
class CareerLadderTests {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(textBlock = """
            PELAKSANA,     ,             STRUCTURAL:PENGAWAS
            PENGAWAS,      ,             STRUCTURAL:ADMINISTRATOR
            ADMINISTRATOR, ,             STRUCTURAL:JPT_PRATAMA
            JPT_PRATAMA,   ,             -
            FUNGSIONAL,    AHLI_PERTAMA, FUNCTIONAL:AHLI_MUDA+STRUCTURAL:PENGAWAS
            FUNGSIONAL,    AHLI_MUDA,    FUNCTIONAL:AHLI_MADYA+STRUCTURAL:ADMINISTRATOR
            FUNGSIONAL,    AHLI_MADYA,   FUNCTIONAL:AHLI_UTAMA+STRUCTURAL:JPT_PRATAMA
            FUNGSIONAL,    AHLI_UTAMA,   STRUCTURAL:JPT_PRATAMA
            FUNGSIONAL,    PEMULA,       FUNCTIONAL:TERAMPIL+STRUCTURAL:PENGAWAS
            FUNGSIONAL,    TERAMPIL,     FUNCTIONAL:MAHIR+STRUCTURAL:PENGAWAS
            FUNGSIONAL,    MAHIR,        FUNCTIONAL:PENYELIA+STRUCTURAL:PENGAWAS
            FUNGSIONAL,    PENYELIA,     STRUCTURAL:PENGAWAS
            FUNGSIONAL,    ,             -
            """)
    void nextSteps(PositionKind kind, PositionLevel level, String expected) {
        List<String> steps = CareerLadder.next(kind, level).stream()
                .map(s -> s.route() + ":" + (s.route() == CareerLadder.Route.FUNCTIONAL ? s.level() : s.kind())).toList();
        assertThat(steps).isEqualTo("-".equals(expected) ? List.of() : Arrays.asList(expected.split("\\+")));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(textBlock = """
            I/a,   0
            I/d,   3
            I/e,  -1
            II/a,  5
            III/a, 10
            iii/c, 12
            IV/a,  15
            IV/e,  19
            IV/f, -1
            V/a,  -1
            III,  -1
            '',   -1
            """)
    void rankOrder(String rank, int expected) {
        assertThat(CareerLadder.order(rank)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource(textBlock = """
            III/b, AHLI_MUDA,  false
            III/c, AHLI_MUDA,  true
            III/d, AHLI_MADYA, false
            IV/a,  AHLI_MADYA, true
            IV/c,  AHLI_UTAMA, false
            IV/d,  AHLI_UTAMA, true
            II/d,  MAHIR,      false
            III/a, MAHIR,      true
            ,      AHLI_MUDA,  false
            """)
    void functionalStepNeedsTheLevelsLowestRank(String rank, PositionLevel target, boolean met) {
        Eligibility e = CareerLadder.functional(target, rank, eligible().build(), D);
        assertThat(e.reasons().contains(EligibilityReason.POSITION)).isEqualTo(!met);
        assertThat(e.eligible()).isEqualTo(met);
    }

    @Test
    void functionalStepNeedsTwoYearsOfAtLeastBaik() {
        Eligibility e = CareerLadder.functional(PositionLevel.AHLI_MUDA, "III/c", eligible().predicate(D.getYear() - 1, SkpPredicate.KURANG).build(), D);
        assertThat(e.reasons()).containsExactly(EligibilityReason.PERFORMANCE);
    }

    /** The conditions the page lists for a structural step are exactly those its policy reports when all fail. */
    @Test
    void structuralConditionsMirrorThePolicies() {
        Candidate failsAll = eligible().type(EmployeeType.CPNS).born(LocalDate.of(1960, 1, 1)).education(EducationLevel.SMA, null)
                .positions("PELAKSANA@2025-01-01..").predicate(2025, null)
                .punished(PunishmentLevel.BERAT, PunishmentKind.PENURUNAN_JABATAN, LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1))
                .build();
        assertThat(JptPratamaEligibility.check(failsAll, D, JptPratamaParameters.DEFAULTS).reasons())
                .isEqualTo(CareerLadder.STRUCTURAL_CONDITIONS.get(PositionKind.JPT_PRATAMA));
        assertThat(ManagerialPostEligibility.check(ManagerialPost.ADMINISTRATOR, failsAll, D, ManagerialPostParameters.DEFAULTS).reasons())
                .isEqualTo(CareerLadder.STRUCTURAL_CONDITIONS.get(PositionKind.ADMINISTRATOR));
        assertThat(ManagerialPostEligibility.check(ManagerialPost.PENGAWAS, failsAll, D, ManagerialPostParameters.DEFAULTS).reasons())
                .isEqualTo(CareerLadder.STRUCTURAL_CONDITIONS.get(PositionKind.PENGAWAS));
    }
}
