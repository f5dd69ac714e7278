package id.merit.performance.rules;

import id.merit.performance.SkpRating;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * Rolls the ratings of the single items up to one rating: the RHK ratings to the results rating (rating hasil kerja) and
 * the seven BerAKHLAK ratings to the behaviour rating (rating perilaku kerja), which then give the predicate by
 * {@link PredicateMatrix}. PermenPANRB 6/2022 leaves the roll-up to the rater's judgement and gives no formula
 * (regulations.md §3.3, rules-defaults.md are silent), so this is <b>Merit's default</b>, written as a table:
 * <ol>
 * <li>every item must be rated, else no roll-up (reason INCOMPLETE; an empty list is INCOMPLETE too);</li>
 * <li>the rating given most often wins (MAJORITY_ABOVE, MAJORITY_MEETS, MAJORITY_BELOW);</li>
 * <li>a tie for most often gives Sesuai Ekspektasi (TIE_MEETS): evidence that is evenly split is read as "as
 * expected", never as above, and a single below-expectation item does not pull a balanced record below.</li>
 * </ol>
 * Plain Java: no Spring, no clock.
 */
public final class RatingRollUp {

    public static final String BASIS = "PermenPANRB 6/2022 (rating hasil kerja / perilaku kerja); roll-up: Merit default";

    /** Why a roll-up came out as it did. */
    public enum Reason { INCOMPLETE, MAJORITY_ABOVE, MAJORITY_MEETS, MAJORITY_BELOW, TIE_MEETS }

    /** The rolled-up rating (null when INCOMPLETE) with its reason and the counts per rating. */
    public record Outcome(SkpRating rating, Reason reason, int above, int meets, int below) {

        public boolean complete() {
            return rating != null;
        }
    }

    private RatingRollUp() {
    }

    /** The roll-up of {@code ratings}; a null element is an item not yet rated. */
    public static Outcome rollUp(Collection<SkpRating> ratings) {
        Map<SkpRating, Integer> counts = new EnumMap<>(SkpRating.class);
        for (SkpRating r : SkpRating.values()) {
            counts.put(r, 0);
        }
        boolean missing = ratings.isEmpty();
        for (SkpRating r : ratings) {
            if (r == null) {
                missing = true;
            } else {
                counts.merge(r, 1, Integer::sum);
            }
        }
        int above = counts.get(SkpRating.ABOVE);
        int meets = counts.get(SkpRating.MEETS);
        int below = counts.get(SkpRating.BELOW);
        if (missing) {
            return new Outcome(null, Reason.INCOMPLETE, above, meets, below);
        }
        int most = Math.max(above, Math.max(meets, below));
        int leaders = (above == most ? 1 : 0) + (meets == most ? 1 : 0) + (below == most ? 1 : 0);
        if (leaders > 1) {
            return new Outcome(SkpRating.MEETS, Reason.TIE_MEETS, above, meets, below);
        }
        SkpRating winner = above == most ? SkpRating.ABOVE : meets == most ? SkpRating.MEETS : SkpRating.BELOW;
        Reason reason = switch (winner) {
            case ABOVE -> Reason.MAJORITY_ABOVE;
            case MEETS -> Reason.MAJORITY_MEETS;
            case BELOW -> Reason.MAJORITY_BELOW;
        };
        return new Outcome(winner, reason, above, meets, below);
    }
}
