package id.merit.selection.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The ranking of a selection round (regulations.md §6.3 rows 5–6): a candidate's stage score is the mean of the panel
 * members' scores, the final score the weighted mean of the stage scores (weights of the round, normalised to their
 * sum), both rounded half-up to two decimals, so what is printed is what is compared. Candidates with the same final
 * score are ordered by the round's tie-break stages in turn (default: the competency assessment, then the interview);
 * candidates equal on all of them share a rank (1, 2, 2, 4). The competency-assessment score is the JPM on the
 * SELECTION scheme; its band (MS / MMS / KMS) is the assessment module's, by the JPM rule-set version in force on the day
 * the stage closed.
 */
public final class Ranking {
    /** A candidate and their stage scores (absent: not scored yet). */
    public record Candidate(long id, String name, Map<Stage, BigDecimal> stageScores) {
        public Candidate {
            stageScores = Map.copyOf(stageScores);
        }
    }

    public record Ranked(int rank, Candidate candidate, BigDecimal finalScore) {
    }

    private Ranking() {
    }

    /** The mean of the members' scores, two decimals half-up; null without a score. */
    public static BigDecimal mean(Collection<BigDecimal> scores) {
        if (scores.isEmpty()) {
            return null;
        }
        BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(scores.size()), 2, RoundingMode.HALF_UP);
    }

    /** Σ weight × stage score / Σ weight over the weighted stages (a missing stage score counts 0). */
    public static BigDecimal finalScore(Map<Stage, BigDecimal> stageScores, Map<Stage, Integer> weights) {
        int total = 0;
        BigDecimal sum = BigDecimal.ZERO;
        for (Stage s : Stage.values()) {
            int w = weights.getOrDefault(s, 0);
            if (w > 0) {
                total += w;
                sum = sum.add(stageScores.getOrDefault(s, BigDecimal.ZERO).multiply(BigDecimal.valueOf(w)));
            }
        }
        return total == 0 ? BigDecimal.ZERO.setScale(2) : sum.divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
    }

    public static List<Ranked> rank(List<Candidate> candidates, Map<Stage, Integer> weights, List<Stage> tieBreak) {
        record Row(Candidate c, BigDecimal score) {
        }
        Comparator<Row> order = Comparator.comparing(Row::score).reversed();
        for (Stage s : tieBreak) {
            order = order.thenComparing(r -> r.c().stageScores().getOrDefault(s, BigDecimal.ZERO), Comparator.reverseOrder());
        }
        Comparator<Row> ranking = order;
        List<Row> rows = new ArrayList<>(candidates.stream().map(c -> new Row(c, finalScore(c.stageScores(), weights))).toList());
        rows.sort(ranking.thenComparing(r -> r.c().name()).thenComparingLong(r -> r.c().id()));
        List<Ranked> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            int rank = i > 0 && ranking.compare(rows.get(i - 1), rows.get(i)) == 0 ? out.get(i - 1).rank() : i + 1;
            out.add(new Ranked(rank, rows.get(i).c(), rows.get(i).score()));
        }
        return out;
    }
}
