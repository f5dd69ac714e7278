package id.merit.trackrecord.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Merit's completeness rule for a track-record dossier (docs/rules.md "Penelusuran rekam jejak"; the elements from seed
 * 004 and regulations.md §6.6): the superior's recommendation, neutrality, integrity and one interview with each of the
 * RT head, a community figure and a neighbour. One row per element, with the 0/1 boundary of each interview source.
 */
class DossierCompletenessTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # case                                  | superior                | neutrality  | integrity | rt | figure | neighbour | complete | missing
            everything recorded                     | RECOMMENDED             | NEUTRAL     | GOOD      | 1  | 1      | 1         | true     | -
            an unfavourable finding still completes | NOT_RECOMMENDED         | NOT_NEUTRAL | POOR      | 1  | 1      | 1         | true     | -
            recommended with notes, two neighbours  | RECOMMENDED_WITH_NOTES  | DOUBTFUL    | DOUBTFUL  | 1  | 1      | 2         | true     | -
            no superior's recommendation            | -                       | NEUTRAL     | GOOD      | 1  | 1      | 1         | false    | SUPERIOR_RECOMMENDATION
            no neutrality finding                   | RECOMMENDED             | -           | GOOD      | 1  | 1      | 1         | false    | NEUTRALITY
            no integrity finding                    | RECOMMENDED             | NEUTRAL     | -         | 1  | 1      | 1         | false    | INTEGRITY
            RT head not interviewed (0 of 1)        | RECOMMENDED             | NEUTRAL     | GOOD      | 0  | 1      | 1         | false    | INTERVIEW_RT_HEAD
            community figure not interviewed        | RECOMMENDED             | NEUTRAL     | GOOD      | 1  | 0      | 1         | false    | INTERVIEW_COMMUNITY_FIGURE
            neighbour not interviewed               | RECOMMENDED             | NEUTRAL     | GOOD      | 1  | 1      | 0         | false    | INTERVIEW_NEIGHBOUR
            three neighbours replace no RT head     | RECOMMENDED             | NEUTRAL     | GOOD      | 0  | 0      | 3         | false    | INTERVIEW_RT_HEAD INTERVIEW_COMMUNITY_FIGURE
            nothing recorded, in the form's order   | -                       | -           | -         | 0  | 0      | 0         | false    | SUPERIOR_RECOMMENDATION NEUTRALITY INTEGRITY INTERVIEW_RT_HEAD INTERVIEW_COMMUNITY_FIGURE INTERVIEW_NEIGHBOUR
            """)
    void completeness(String name, SuperiorVerdict superior, Neutrality neutrality, Integrity integrity, int rt, int figure, int neighbour,
                      boolean complete, String missing) {
        Map<InterviewSource, Integer> interviews = new EnumMap<>(InterviewSource.class);
        if (rt > 0) {
            interviews.put(InterviewSource.RT_HEAD, rt);
        }
        if (figure > 0) {
            interviews.put(InterviewSource.COMMUNITY_FIGURE, figure);
        }
        if (neighbour > 0) {
            interviews.put(InterviewSource.NEIGHBOUR, neighbour);
        }
        DossierCompleteness.Result r = DossierCompleteness.check(new DossierCompleteness.Findings(superior, neutrality, integrity, interviews));
        assertThat(r.complete()).isEqualTo(complete);
        List<Missing> expected = missing == null ? List.of() : Arrays.stream(missing.split(" ")).map(Missing::valueOf).toList();
        assertThat(r.missing()).containsExactlyElementsOf(expected);
    }
}
