package id.merit.shared.imports;

import java.util.List;

/**
 * What an import handler did; {@code accepted} counts rows stored (0 on dry runs and when an atomic import fails).
 * {@code rejected} may be capped (attendance kinds list at most 1,000 problems); {@code rejectedTotal} counts them all.
 */
public record ImportOutcome(long accepted, long duplicates, List<RowProblem> rejected, long rejectedTotal) {

    public ImportOutcome(long accepted, long duplicates, List<RowProblem> rejected) {
        this(accepted, duplicates, rejected, rejected.size());
    }
}
