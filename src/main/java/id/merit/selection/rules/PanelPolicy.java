package id.merit.selection.rules;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The selection panel (panitia seleksi) and its blind scoring (regulations.md §6.3–6.4, PP 11/2017 Ps 116 and 119–123).
 * Each method answers the refusal, empty when the step is allowed.
 * <ul>
 *   <li>Panel size: an odd number of members from {@link PanelParameters#minMembers()} to {@link PanelParameters#maxMembers()}
 *       (5–9); checked when members are added (no more than the maximum) and when the assessment opens (the whole
 *       rule).</li>
 *   <li>The panel, the stage weights and the tie-break order change only before the assessment opens.</li>
 *   <li>The assessment opens once the registration has closed, every application is screened and at least one passed.</li>
 *   <li>A member scores a candidate once per weighted, open stage, 0–100, unless they declared a conflict of
 *       interest with the candidate; a conflict is declared before scoring the candidate.</li>
 *   <li>Blind: a member reads the scores of a candidate and stage only after submitting their own; officers and the
 *       regent only after the stage is closed; a stage closes when every member without a conflict has scored every
 *       candidate.</li>
 * </ul>
 */
public final class PanelPolicy {
    static final BigDecimal MAX_SCORE = new BigDecimal("100");

    /** Who asks to read the scores of a candidate at a stage. */
    public enum Reader { MEMBER, OFFICIAL }

    private PanelPolicy() {
    }

    /** The whole size rule: odd, within the bounds. */
    public static Optional<Refusal> size(int members, PanelParameters p) {
        if (members < p.minMembers()) {
            return refuse(RoundRefusal.PANEL_TOO_SMALL, members, p.minMembers());
        }
        if (members > p.maxMembers()) {
            return refuse(RoundRefusal.PANEL_TOO_LARGE, members, p.maxMembers());
        }
        if (members % 2 == 0) {
            return refuse(RoundRefusal.PANEL_EVEN, members);
        }
        return Optional.empty();
    }

    /** Adding one member to a panel of {@code current}. */
    public static Optional<Refusal> addMember(boolean opened, int current, boolean alreadyMember, PanelParameters p) {
        if (opened) {
            return refuse(RoundRefusal.ASSESSMENT_OPENED);
        }
        if (alreadyMember) {
            return refuse(RoundRefusal.ALREADY_MEMBER);
        }
        if (current + 1 > p.maxMembers()) {
            return refuse(RoundRefusal.PANEL_TOO_LARGE, current + 1, p.maxMembers());
        }
        return Optional.empty();
    }

    /** Removing a member, or changing the weights or the tie-break order. */
    public static Optional<Refusal> change(boolean opened) {
        return opened ? refuse(RoundRefusal.ASSESSMENT_OPENED) : Optional.empty();
    }

    /** Weights 0–100, at least one above 0; tie-break stages weighted and each named once. */
    public static Optional<Refusal> plan(boolean opened, Map<Stage, Integer> weights, List<Stage> tieBreak) {
        if (opened) {
            return refuse(RoundRefusal.ASSESSMENT_OPENED);
        }
        for (Stage s : Stage.values()) {
            int w = weights.getOrDefault(s, 0);
            if (w < 0 || w > 100) {
                return refuse(RoundRefusal.WEIGHT_OUT_OF_RANGE, w);
            }
        }
        if (weights.values().stream().allMatch(w -> w == 0)) {
            return refuse(RoundRefusal.NO_WEIGHTED_STAGE);
        }
        Set<Stage> seen = EnumSet.noneOf(Stage.class);
        for (Stage s : tieBreak) {
            if (weights.getOrDefault(s, 0) == 0 || !seen.add(s)) {
                return refuse(RoundRefusal.TIE_BREAK_INVALID);
            }
        }
        return Optional.empty();
    }

    public static Optional<Refusal> open(RoundState state, boolean opened, int members, long pending, long passed, PanelParameters p) {
        if (opened) {
            return refuse(RoundRefusal.ASSESSMENT_OPENED);
        }
        if (state != RoundState.CLOSED) {
            return refuse(RoundRefusal.ROUND_NOT_CLOSED, state);
        }
        Optional<Refusal> size = size(members, p);
        if (size.isPresent()) {
            return size;
        }
        if (pending > 0) {
            return refuse(RoundRefusal.SCREENING_PENDING, pending);
        }
        if (passed == 0) {
            return refuse(RoundRefusal.NO_CANDIDATES);
        }
        return Optional.empty();
    }

    public static Optional<Refusal> declareConflict(boolean hasScored) {
        return hasScored ? refuse(RoundRefusal.CONFLICT_AFTER_SCORING) : Optional.empty();
    }

    public static Optional<Refusal> score(boolean opened, int weight, boolean stageClosed, boolean conflicted, boolean alreadyScored,
                                          BigDecimal score) {
        if (!opened) {
            return refuse(RoundRefusal.ASSESSMENT_NOT_OPEN);
        }
        if (weight == 0) {
            return refuse(RoundRefusal.STAGE_NOT_SCORED);
        }
        if (stageClosed) {
            return refuse(RoundRefusal.STAGE_CLOSED);
        }
        if (conflicted) {
            return refuse(RoundRefusal.CONFLICT_DECLARED);
        }
        if (alreadyScored) {
            return refuse(RoundRefusal.ALREADY_SCORED);
        }
        if (score == null || score.signum() < 0 || score.compareTo(MAX_SCORE) > 0) {
            return refuse(RoundRefusal.SCORE_OUT_OF_RANGE, score == null ? "-" : score.toPlainString());
        }
        return Optional.empty();
    }

    /** Blind scoring: whether the scores of a candidate at a stage may be read. */
    public static boolean mayRead(Reader reader, boolean ownSubmitted, boolean stageClosed) {
        return switch (reader) {
            case MEMBER -> ownSubmitted;
            case OFFICIAL -> stageClosed;
        };
    }

    public static Optional<Refusal> closeStage(boolean opened, int weight, boolean closed, long missing) {
        if (!opened) {
            return refuse(RoundRefusal.ASSESSMENT_NOT_OPEN);
        }
        if (weight == 0) {
            return refuse(RoundRefusal.STAGE_NOT_SCORED);
        }
        if (closed) {
            return refuse(RoundRefusal.STAGE_CLOSED);
        }
        if (missing > 0) {
            return refuse(RoundRefusal.SCORES_MISSING, missing);
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(RoundRefusal reason, Object... args) {
        return Optional.of(Refusal.of(reason, args));
    }
}
