package id.merit.dataimport.domain;

import id.merit.shared.imports.ImportOutcome;
import id.merit.shared.imports.RowProblem;
import java.util.List;

/** One finished import: the handler's outcome plus what the reports need around it. */
public record ImportResult(String kind, String filename, boolean dryRun, boolean atomic, ImportOutcome outcome) {

    /** An atomic kind with a rejected row stored nothing: HTTP 422. */
    public boolean refused() {
        return atomic && !outcome.rejected().isEmpty();
    }

    public long accepted() {
        return refused() ? 0 : outcome.accepted();
    }

    public List<RowProblem> rejected() {
        return outcome.rejected();
    }

    /** Distinct lines with at least one problem. */
    public long rejectedRows() {
        return outcome.rejected().stream().mapToLong(RowProblem::line).distinct().count();
    }
}
