package id.merit.shared.imports;

import java.util.List;

/** What an import handler did; {@code accepted} counts rows stored (0 on dry runs and when an atomic import fails). */
public record ImportOutcome(long accepted, long duplicates, List<RowProblem> rejected) {
}
