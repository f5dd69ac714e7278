package id.merit.selection.rules;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The changeable figures of the selection panel and its stages (regulations.md §6.4, rules-defaults.md "Selection
 * panel"): the panel size (odd, 5–9, PP 11/2017), the stage weights (default: equal over the scored stages; the
 * PermenPANRB 15/2019 weights were not obtained) and the tie-break order of the ranking (default: the competency
 * assessment, then the interview). A round copies the weights and the tie-break order and may change them before its
 * assessment opens.
 */
public record PanelParameters(LocalDate effectiveFrom, String regulation, int minMembers, int maxMembers, Map<Stage, Integer> weights,
                              List<Stage> tieBreak) {

    public PanelParameters {
        Objects.requireNonNull(effectiveFrom);
        weights = Map.copyOf(weights);
        tieBreak = List.copyOf(tieBreak);
        if (minMembers < 1 || maxMembers < minMembers) {
            throw new IllegalArgumentException("panel size bounds");
        }
    }

    public static final PanelParameters DEFAULTS = new PanelParameters(LocalDate.of(2017, 3, 30),
            "PP 11/2017 Ps 116 (panitia seleksi: ganjil, 5–9 orang); stage weights and tie-break: Merit's default",
            5, 9, equalWeights(), List.of(Stage.COMPETENCY, Stage.INTERVIEW));

    /** Equal weights over the stages scored by default (25 each for the four), 0 for the others. */
    static Map<Stage, Integer> equalWeights() {
        Map<Stage, Integer> w = new EnumMap<>(Stage.class);
        long scored = java.util.Arrays.stream(Stage.values()).filter(Stage::scoredByDefault).count();
        for (Stage s : Stage.values()) {
            w.put(s, s.scoredByDefault() ? (int) (100 / scored) : 0);
        }
        return w;
    }
}
