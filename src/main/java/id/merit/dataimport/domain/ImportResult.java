package id.merit.dataimport.domain;

import id.merit.dataimport.ImportOutcome;
import id.merit.dataimport.RowProblem;
import java.util.List;

/**
 * One finished import: the handler's outcome plus what the reports need around it. {@code unreadable}: the file
 * could not be read as a table at all (missing columns, not UTF-8, broken workbook), so nothing was stored.
 */
public record ImportResult(String kind, String filename, boolean dryRun, boolean atomic, boolean unreadable,
                           ImportOutcome outcome) {

    /** Nothing was stored because of the problems reported (HTTP 422): an unreadable file, or a rejected row of an atomic kind. */
    public boolean refused() {
        return unreadable || atomic && !outcome.rejected().isEmpty();
    }

    public long accepted() {
        return refused() ? 0 : outcome.accepted();
    }

    public List<RowProblem> rejected() {
        return outcome.rejected();
    }

    /**
     * Rows with at least one problem. A stored non-atomic import counts them as the rows neither stored nor duplicates
     * (its problem list is capped); otherwise the distinct lines of the problems.
     */
    public long rejectedRows() {
        if (!atomic && !unreadable && !dryRun && outcome.rows() >= 0) {
            return outcome.rows() - outcome.accepted() - outcome.duplicates();
        }
        return outcome.rejected().stream().mapToLong(RowProblem::line).distinct().count();
    }
}
