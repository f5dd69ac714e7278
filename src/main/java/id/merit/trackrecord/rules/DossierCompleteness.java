package id.merit.trackrecord.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * When a dossier is complete (Merit's default; the regulations name the elements, not a completeness rule: seed 004,
 * regulations.md §6.6, UNVERIFIED in detail): the team has recorded the direct superior's recommendation, a finding on
 * political neutrality, a finding on integrity, and at least one interview with each of the three sources of the social
 * record (the RT head, a community figure, a neighbour). The registry part (positions, awards, SKP, assessments,
 * punishments) is read, not recorded, and the Edijab score is optional (an instance without Evaluasi Jabatan data
 * cannot supply it), so neither counts. Refusals come back as {@link Missing} codes in the order the form asks them.
 */
public final class DossierCompleteness {

    private DossierCompleteness() {
    }

    /** The team's findings so far; {@code interviews}: how many interviews per source (absent = none). */
    public record Findings(SuperiorVerdict superior, Neutrality neutrality, Integrity integrity, Map<InterviewSource, Integer> interviews) {
    }

    public record Result(boolean complete, List<Missing> missing) {
    }

    public static Result check(Findings f) {
        List<Missing> missing = new ArrayList<>();
        if (f.superior() == null) {
            missing.add(Missing.SUPERIOR_RECOMMENDATION);
        }
        if (f.neutrality() == null) {
            missing.add(Missing.NEUTRALITY);
        }
        if (f.integrity() == null) {
            missing.add(Missing.INTEGRITY);
        }
        for (InterviewSource s : InterviewSource.values()) {
            if (f.interviews() == null || f.interviews().getOrDefault(s, 0) < 1) {
                missing.add(switch (s) {
                    case RT_HEAD -> Missing.INTERVIEW_RT_HEAD;
                    case COMMUNITY_FIGURE -> Missing.INTERVIEW_COMMUNITY_FIGURE;
                    case NEIGHBOUR -> Missing.INTERVIEW_NEIGHBOUR;
                });
            }
        }
        return new Result(missing.isEmpty(), List.copyOf(missing));
    }
}
