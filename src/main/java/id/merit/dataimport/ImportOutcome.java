package id.merit.dataimport;

import java.util.List;

/**
 * What an import handler did; {@code accepted} counts rows stored (0 on dry runs and when an atomic import fails),
 * {@code rows} the data rows read (-1 when the handler does not say).
 */
public record ImportOutcome(long accepted, long duplicates, List<RowProblem> rejected, long rows) {

    public ImportOutcome(long accepted, long duplicates, List<RowProblem> rejected) {
        this(accepted, duplicates, rejected, -1);
    }

    public ImportOutcome {
        rejected = rejected == null ? List.of() : List.copyOf(rejected);
    }
}
