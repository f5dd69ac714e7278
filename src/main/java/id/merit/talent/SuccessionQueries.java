package id.merit.talent;

import java.time.LocalDate;
import java.util.List;

/**
 * Succession figures for other modules (the regent's dashboard): the key posts of the whole regency that are vacant or
 * whose holder retires within two years, each with how many pool candidates are ready now and ready in 1–2 years, from
 * the same ranking as the succession page {@code /talent/succession} (rules-defaults.md "readiness"). For BKPSDM and
 * the regent (every OPD).
 */
public interface SuccessionQueries {

    /** The key posts at risk with the successors of the talent pool of {@code year}, computed in one pass (no per-post query). */
    AtRisk keyPostsAtRisk(int year);

    /** {@code posts} the key posts vacant or with a holder retiring by {@code horizon}, by OPD then post code. */
    record AtRisk(int year, LocalDate today, LocalDate horizon, List<KeyPost> posts) {

        public long vacant() {
            return posts.stream().filter(KeyPost::vacant).count();
        }

        public long vacantWithReadyNow() {
            return posts.stream().filter(p -> p.vacant() && p.readyNow() > 0).count();
        }

        public long retiring() {
            return posts.stream().filter(KeyPost::retiringSoon).count();
        }

        public long retiringWithReadyNow() {
            return posts.stream().filter(p -> p.retiringSoon() && p.readyNow() > 0).count();
        }
    }

    /**
     * One key post: {@code vacant} fewer holders than slots, {@code retiringSoon} a holder reaches the retirement age within
     * two years; {@code decided} false when the eligibility rules do not cover its kind (no candidates then).
     */
    record KeyPost(String code, String name, String opdCode, String opdName, boolean vacant, boolean retiringSoon, boolean decided,
                   int readyNow, int readySoon) {
    }
}
