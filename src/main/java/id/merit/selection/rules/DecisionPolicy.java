package id.merit.selection.rules;

import java.util.List;
import java.util.Optional;

/**
 * The shortlist and the regent's decision of an open JPT Pratama selection (regulations.md §6.3 row 6, PP 11/2017
 * Ps 113–127: the panel proposes the three best per vacancy, the staffing officer (PPK, the regent) chooses one; issue 14
 * and seed 002: the first-ranked is the competent one, so another choice is justified in writing), and cancelling and
 * repeating a round. Each method answers the refusal, empty when the step is allowed.
 *
 * <ul>
 *   <li>Shortlist: once the ranking is final (every weighted stage closed), from CLOSED, the first
 *       {@link #SHORTLIST_SIZE} of the ranking in its printed order (fewer if fewer passed); only once.</li>
 *   <li>Decision: only once the shortlist is forwarded (SHORTLISTED), only a shortlisted candidate, only once; a
 *       candidate other than the first-ranked (rank 1; candidates tied at rank 1 are all first-ranked) needs a written
 *       rationale.</li>
 *   <li>Cancel: from any state but DECIDED and CANCELLED, with a reason.</li>
 *   <li>Repeat: only a CANCELLED round, only once, with a reason; the new round is planned like any other
 *       ({@link RoundPolicy#open}).</li>
 * </ul>
 */
public final class DecisionPolicy {
    /** The three best per vacancy (regulations.md §6.3 row 6). */
    public static final int SHORTLIST_SIZE = 3;

    private DecisionPolicy() {
    }

    /** How many of a ranking of {@code candidates} are shortlisted: three, fewer if fewer passed. */
    public static int shortlistSize(int candidates) {
        return Math.max(0, Math.min(SHORTLIST_SIZE, candidates));
    }

    /**
     * Whether the last shortlisted candidate shares their rank with the first one left out ({@code ranks}: the ranking's
     * ranks in printed order); the page says so, the shortlist still takes the first three in that order.
     */
    public static boolean tieAtBoundary(List<Integer> ranks) {
        int n = shortlistSize(ranks.size());
        return n > 0 && ranks.size() > n && ranks.get(n).equals(ranks.get(n - 1));
    }

    public static Optional<Refusal> forward(RoundState state, boolean rankingFinal, int candidates) {
        return switch (state) {
            case CANCELLED -> refuse(RoundRefusal.ROUND_CANCELLED);
            case SHORTLISTED, DECIDED -> refuse(RoundRefusal.ALREADY_FORWARDED);
            case DRAFT, RECOMMENDED, ANNOUNCED -> refuse(RoundRefusal.WRONG_STATE, state, RoundState.SHORTLISTED);
            case CLOSED -> !rankingFinal ? refuse(RoundRefusal.STAGE_OPEN)
                    : candidates == 0 ? refuse(RoundRefusal.NO_CANDIDATES) : Optional.empty();
        };
    }

    /** Choosing other than the first-ranked needs a written rationale. */
    public static boolean rationaleRequired(int chosenRank) {
        return chosenRank > 1;
    }

    /** {@code chosenRank}: the chosen candidate's rank on the shortlist, null when they are not on it. */
    public static Optional<Refusal> decide(RoundState state, Integer chosenRank, String rationale) {
        return switch (state) {
            case CANCELLED -> refuse(RoundRefusal.ROUND_CANCELLED);
            case DECIDED -> refuse(RoundRefusal.ALREADY_DECIDED);
            case DRAFT, RECOMMENDED, ANNOUNCED, CLOSED -> refuse(RoundRefusal.NO_SHORTLIST);
            case SHORTLISTED -> chosenRank == null ? refuse(RoundRefusal.NOT_ON_SHORTLIST)
                    : rationaleRequired(chosenRank) && blank(rationale) ? refuse(RoundRefusal.RATIONALE_REQUIRED, chosenRank) : Optional.empty();
        };
    }

    public static Optional<Refusal> cancel(RoundState state, String reason) {
        return switch (state) {
            case DECIDED -> refuse(RoundRefusal.ROUND_DECIDED);
            case CANCELLED -> refuse(RoundRefusal.ROUND_CANCELLED);
            case DRAFT, RECOMMENDED, ANNOUNCED, CLOSED, SHORTLISTED -> blank(reason) ? refuse(RoundRefusal.REASON_REQUIRED) : Optional.empty();
        };
    }

    public static Optional<Refusal> repeat(RoundState state, boolean alreadyRepeated, String reason) {
        if (state != RoundState.CANCELLED) {
            return refuse(RoundRefusal.NOT_CANCELLED);
        }
        if (alreadyRepeated) {
            return refuse(RoundRefusal.ALREADY_REPEATED);
        }
        return blank(reason) ? refuse(RoundRefusal.REASON_REQUIRED) : Optional.empty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Optional<Refusal> refuse(RoundRefusal reason, Object... args) {
        return Optional.of(Refusal.of(reason, args));
    }
}
