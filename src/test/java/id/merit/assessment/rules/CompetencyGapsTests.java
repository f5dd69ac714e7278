package id.merit.assessment.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.assessment.rules.CompetencyGaps.Competency;
import id.merit.assessment.rules.CompetencyGaps.Gap;
import id.merit.assessment.rules.CompetencyGaps.Source;
import id.merit.assessment.rules.CompetencyGaps.Status;
import id.merit.assessment.rules.CompetencyGaps.Suggestion;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import id.merit.orgunit.Competencies;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The competency gap rule and Merit's suggestion table (docs/rules.md "Competency gaps"), one line per cell. */
class CompetencyGapsTests {

    // PermenPANRB 38/2017 levels per position kind, regulations.md §7.3 (skill levels: Merit's default 1)
    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "JPT_PRATAMA,   -,            4",
            "ADMINISTRATOR, -,            3",
            "PENGAWAS,      -,            2",
            "PELAKSANA,     -,            1",
            "FUNGSIONAL,    AHLI_UTAMA,   4",
            "FUNGSIONAL,    AHLI_MADYA,   3",
            "FUNGSIONAL,    AHLI_MUDA,    2",
            "FUNGSIONAL,    AHLI_PERTAMA, 1",
            "FUNGSIONAL,    PENYELIA,     1",
            "FUNGSIONAL,    MAHIR,        1",
            "FUNGSIONAL,    TERAMPIL,     1",
            "FUNGSIONAL,    PEMULA,       1",
            "FUNGSIONAL,    -,            -",
            "-,             -,            -",
    })
    void standardLevelPerPositionKind(PositionKind kind, PositionLevel level, Integer expected) {
        assertThat(CompetencyGaps.standardLevel(kind, level)).isEqualTo(expected);
    }

    // Merit's default table: competency × gap size → suggestions (gap ≤ 0: none; 3 stands for 3 or more)
    @ParameterizedTest
    @CsvSource(value = {
            "INTEGRITY,         -1, ''",
            "INTEGRITY,          0, ''",
            "INTEGRITY,          1, COACHING_MENTORING",
            "INTEGRITY,          2, COACHING_MENTORING TRAINING",
            "INTEGRITY,          3, TRAINING PLACEMENT_REVIEW",
            "INTEGRITY,          4, TRAINING PLACEMENT_REVIEW",
            "COOPERATION,        1, COACHING_MENTORING",
            "COOPERATION,        2, COACHING_MENTORING TRAINING",
            "COOPERATION,        3, TRAINING PLACEMENT_REVIEW",
            "COMMUNICATION,      1, COACHING_MENTORING",
            "COMMUNICATION,      2, COACHING_MENTORING TRAINING",
            "COMMUNICATION,      3, TRAINING PLACEMENT_REVIEW",
            "PUBLIC_SERVICE,     1, COACHING_MENTORING",
            "PUBLIC_SERVICE,     2, COACHING_MENTORING TRAINING",
            "PUBLIC_SERVICE,     3, TRAINING PLACEMENT_REVIEW",
            "SOCIO_CULTURAL,     1, COACHING_MENTORING",
            "SOCIO_CULTURAL,     2, COACHING_MENTORING TRAINING",
            "SOCIO_CULTURAL,     3, TRAINING PLACEMENT_REVIEW",
            "RESULTS,            0, ''",
            "RESULTS,            1, ASSIGNMENT",
            "RESULTS,            2, ASSIGNMENT TRAINING",
            "RESULTS,            3, TRAINING PLACEMENT_REVIEW",
            "DEVELOPING_OTHERS,  1, ASSIGNMENT",
            "DEVELOPING_OTHERS,  2, ASSIGNMENT TRAINING",
            "DEVELOPING_OTHERS,  3, TRAINING PLACEMENT_REVIEW",
            "MANAGING_CHANGE,    1, ASSIGNMENT",
            "MANAGING_CHANGE,    2, ASSIGNMENT TRAINING",
            "MANAGING_CHANGE,    3, TRAINING PLACEMENT_REVIEW",
            "DECISION_MAKING,    1, ASSIGNMENT",
            "DECISION_MAKING,    2, ASSIGNMENT TRAINING",
            "DECISION_MAKING,    4, TRAINING PLACEMENT_REVIEW",
            "TECHNICAL,          0, ''",
            "TECHNICAL,          1, SELF_LEARNING",
            "TECHNICAL,          2, TRAINING",
            "TECHNICAL,          3, TRAINING ASSIGNMENT",
    })
    void suggestionTable(Competency competency, int gap, String expected) {
        List<Suggestion> want = expected.isBlank() ? List.of() : Arrays.stream(expected.split(" ")).map(Suggestion::valueOf).toList();
        assertThat(CompetencyGaps.suggestions(competency, gap)).containsExactlyElementsOf(want);
    }

    @Test
    void postLevelsWinAndTheStandardFillsTheRestButNotTheTechnical() {
        Competencies post = new Competencies(4, null, null, null, null, null, null, null, null, null);
        Competencies assessed = new Competencies(2, 2, 3, 1, null, 3, 3, 3, 2, 2);
        List<Gap> gaps = CompetencyGaps.gaps(post, PositionKind.ADMINISTRATOR, null, assessed);

        assertThat(gaps).hasSize(10);
        assertThat(gaps.get(0)).isEqualTo(new Gap(Competency.INTEGRITY, 4, Source.POST, 2, 2, Status.GAP,
                List.of(Suggestion.COACHING_MENTORING, Suggestion.TRAINING)));
        assertThat(gaps.get(1)).isEqualTo(new Gap(Competency.COOPERATION, 3, Source.STANDARD, 2, 1, Status.GAP,
                List.of(Suggestion.COACHING_MENTORING)));
        assertThat(gaps.get(2)).isEqualTo(new Gap(Competency.COMMUNICATION, 3, Source.STANDARD, 3, 0, Status.MEETS, List.of()));
        assertThat(gaps.get(3)).isEqualTo(new Gap(Competency.RESULTS, 3, Source.STANDARD, 1, 2, Status.GAP,
                List.of(Suggestion.ASSIGNMENT, Suggestion.TRAINING)));
        assertThat(gaps.get(4).status()).isEqualTo(Status.NOT_ASSESSED);
        assertThat(gaps.get(8)).isEqualTo(new Gap(Competency.SOCIO_CULTURAL, 3, Source.STANDARD, 2, 1, Status.GAP,
                List.of(Suggestion.COACHING_MENTORING)));
        assertThat(gaps.get(9)).isEqualTo(new Gap(Competency.TECHNICAL, null, Source.NONE, 2, 0, Status.NO_STANDARD, List.of()));
    }

    @Test
    void aLevelAboveTheRequirementMeetsIt() {
        Competencies post = new Competencies(2, 2, 2, 2, 2, 2, 2, 2, 2, 3);
        Competencies assessed = new Competencies(5, 5, 5, 5, 5, 5, 5, 5, 5, 2);
        List<Gap> gaps = CompetencyGaps.gaps(post, PositionKind.PENGAWAS, null, assessed);
        assertThat(gaps.subList(0, 9)).allMatch(g -> g.status() == Status.MEETS && g.gap() == -3 && g.suggestions().isEmpty());
        assertThat(gaps.get(9)).isEqualTo(new Gap(Competency.TECHNICAL, 3, Source.POST, 2, 1, Status.GAP, List.of(Suggestion.SELF_LEARNING)));
    }
}
