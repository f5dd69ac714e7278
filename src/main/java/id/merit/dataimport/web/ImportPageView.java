package id.merit.dataimport.web;

import id.merit.dataimport.domain.ImportJobs;
import id.merit.dataimport.domain.ImportResult;
import id.merit.dataimport.ImportHandler;
import id.merit.dataimport.RowProblem;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** What the upload page shows: the kinds on offer and the result of an upload. */
final class ImportPageView {

    static final int MAX_PROBLEMS_SHOWN = ImportJobs.PROBLEMS_KEPT;

    private ImportPageView() {
    }

    /**
     * One example row per kind for the CSV templates (interchange.md §2 formats), so that a user sees how dates,
     * codes and NIPs are written. Columns in the handler's order.
     */
    static final Map<String, String> EXAMPLES = Map.ofEntries(
            Map.entry("opds", "DINKES,Dinas Kesehatan,DINAS,"),
            Map.entry("employees", "198503122010011002,Budi Santoso,M,1985-03-12,PNS,DINKES,III/c,Perawat Ahli Muda,FUNGSIONAL,"
                    + "AHLI_MUDA,PERAWAT,-1.6153,115.1532"),
            Map.entry("positions", "198503122010011002,Perawat Ahli Muda,FUNGSIONAL,AHLI_MUDA,DINKES,2020-01-02,"),
            Map.entry("education", "198503122010011002,S1,Universitas Lambung Mangkurat,Keperawatan,2008-08-30"),
            Map.entry("trainings", "198503122010011002,TEKNIS,Pelatihan Triase Gawat Darurat,24,2025-06-20"),
            Map.entry("holidays", "2026-08-17,Hari Kemerdekaan Republik Indonesia"),
            Map.entry("device-users", "SN123456,11,198503122010011002"),
            Map.entry("absences", "198503122010011002,2026-03-02,2026-03-04,SAKIT"),
            Map.entry("attendance", "198503122010011002,2026-03-05 07:25:13,SN123456"),
            Map.entry("punishments", "198503122010011002,RINGAN,TEGURAN_TERTULIS,2025-05-10,2025-05-24,"),
            Map.entry("assessments", "198503122010011002,2025-09-15,MAPPING,78.25,81.5"),
            Map.entry("performance", "198503122010011002,2025,ANNUAL,MEETS,ABOVE,"),
            Map.entry("skp-plans", "198503122010011002,2025,1,Cakupan imunisasi dasar lengkap,Persentase bayi diimunisasi,95,persen,,"));

    /** One kind on offer; {@code columns} empty for header-less formats (attlog). */
    record Kind(String kind, boolean atomic, List<String> columns) {
        static Kind of(ImportHandler h) {
            return new Kind(h.kind(), h.atomic(), h.columns());
        }

        /** The template's example row, when there is one with as many cells as the header. */
        public String example() {
            String e = EXAMPLES.get(kind);
            return e != null && e.split(",", -1).length == columns.size() ? e : null;
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
