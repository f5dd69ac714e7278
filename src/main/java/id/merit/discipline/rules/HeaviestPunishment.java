package id.merit.discipline.rules;

import java.util.Collection;

/**
 * PP 94/2021 Pasal 35 ayat (1): a PNS examined for several violations at once receives one punishment only, the
 * heaviest of those the violations call for (regulations.md §4.4, T13). Heaviest = highest level, then the most
 * severe kind inside it, then the longest duration ({@link Sanction#BY_SEVERITY}).
 */
public final class HeaviestPunishment {

    private HeaviestPunishment() {
    }

    /** The one punishment to impose; at least one violation's punishment must be given. */
    public static Sanction of(Collection<Sanction> perViolation) {
        if (perViolation == null || perViolation.isEmpty()) {
            throw new IllegalArgumentException("at least one violation's punishment is needed");
        }
        return perViolation.stream().max(Sanction.BY_SEVERITY).orElseThrow();
    }
}
