package id.merit.performance;

import java.util.List;

/**
 * The yearly evaluations of honorary (non-ASN) staff, for other modules: internal and unscoped (the demo seed). The
 * OPD head's form with its scope checks lives in the performance module's own pages.
 */
public interface HonoraryEvaluations {

    /**
     * Internal, unscoped (the regent's dashboard): the evaluations of {@code year} of current non-ASN staff by
     * recommendation code, every configured code present in the configured order (0 when none).
     */
    java.util.Map<String, Long> recommendationCounts(int year);

    /** Whether any honorary staff evaluation is stored. */
    boolean anyRecorded();

    /**
     * Internal, without scope checks: stores these evaluations of {@code year} for non-ASN staff that have none yet, each
     * with the attendance snapshot of today (read in one batch); rows naming an ASN or an unknown employee, or refused by
     * the form's rules, are skipped. Returns the number stored. {@code evaluatedBy} is recorded as the evaluator.
     */
    int recordAll(int year, List<Entry> entries, String evaluatedBy);

    /** One evaluation: scores 1-4, skill and recommendation codes of the configured lists, the reasons. */
    record Entry(String nip, int duties, int conduct, List<String> competencies, String recommendation, String reasons) {
    }
}
