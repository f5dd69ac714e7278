package id.merit.dataimport.web;

import id.merit.dataimport.domain.ImportResult;
import id.merit.dataimport.RowProblem;
import java.util.List;
import java.util.function.Function;

/** The response body of interchange.md §2, for 200 and 422 alike. */
record ImportReport(String kind, long accepted, long duplicates, List<Rejected> rejected) {

    record Rejected(long line, String field, String message) {
    }

    static ImportReport of(ImportResult result, Function<RowProblem, String> render) {
        return new ImportReport(result.kind(), result.accepted(), result.outcome().duplicates(),
                result.rejected().stream().map(p -> new Rejected(p.line(), p.field(), render.apply(p))).toList());
    }
}
