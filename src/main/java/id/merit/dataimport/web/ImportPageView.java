package id.merit.dataimport.web;

import id.merit.dataimport.domain.ImportJobs;
import id.merit.dataimport.domain.ImportResult;
import id.merit.shared.imports.ImportHandler;
import id.merit.shared.imports.RowProblem;
import java.util.List;
import java.util.function.Function;

/** What the upload page shows: the kinds on offer and the result of an upload. */
final class ImportPageView {

    static final int MAX_PROBLEMS_SHOWN = ImportJobs.PROBLEMS_KEPT;

    private ImportPageView() {
    }

    /** One kind on offer; {@code columns} empty for header-less formats (attlog). */
    record Kind(String kind, boolean atomic, List<String> columns) {
        static Kind of(ImportHandler h) {
            return new Kind(h.kind(), h.atomic(), h.columns());
        }

        public String header() {
            return String.join(",", columns);
        }
    }

    record Problem(long line, String field, String message) {
    }

    /** {@code status} is one of ok, dryRunOk, dryRunRefused, refused, partial (message key suffix and colour). */
    record Result(String kind, String filename, boolean dryRun, String status, long rows, long accepted, long duplicates,
                  long rejectedRows, List<Problem> problems, int totalProblems) {

        /** A finished job's report; its result may list fewer problems than {@code totalProblems} (the first ones are kept). */
        static Result of(ImportJobs.JobView job, Function<RowProblem, String> render) {
            ImportResult r = job.result();
            List<RowProblem> all = r.rejected();
            String status;
            if (r.dryRun()) {
                status = all.isEmpty() ? "dryRunOk" : "dryRunRefused";
            } else if (all.isEmpty()) {
                status = "ok";
            } else {
                status = r.refused() ? "refused" : "partial";
            }
            List<Problem> shown = all.stream().limit(MAX_PROBLEMS_SHOWN)
                    .map(p -> new Problem(p.line(), p.field(), render.apply(p))).toList();
            return new Result(r.kind(), r.filename(), r.dryRun(), status, r.outcome().rows(), r.accepted(),
                    r.outcome().duplicates(), job.rejectedRows(), shown, job.totalProblems());
        }

        public boolean capped() {
            return totalProblems > problems.size();
        }

        public String alertClass() {
            return switch (status) {
                case "ok", "dryRunOk" -> "alert-success";
                case "partial" -> "alert-warning";
                default -> "alert-danger";
            };
        }
    }
}
