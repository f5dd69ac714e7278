package id.merit.assessment;

/**
 * The category of a JPM (job-person match) on the scheme that fits the assessment's purpose (regulations.md §5.3):
 * SELECTION (uji kompetensi) bands MS / MMS / KMS, MAPPING (pemetaan) bands Optimal / Cukup Optimal / Kurang Optimal.
 * The two schemes are never mixed: {@link #purpose()} names the scheme each band belongs to.
 */
public enum JpmBand {
    MEMENUHI_SYARAT(AssessmentPurpose.SELECTION),
    MASIH_MEMENUHI_SYARAT(AssessmentPurpose.SELECTION),
    KURANG_MEMENUHI_SYARAT(AssessmentPurpose.SELECTION),
    OPTIMAL(AssessmentPurpose.MAPPING),
    CUKUP_OPTIMAL(AssessmentPurpose.MAPPING),
    KURANG_OPTIMAL(AssessmentPurpose.MAPPING);

    private final AssessmentPurpose purpose;

    JpmBand(AssessmentPurpose purpose) {
        this.purpose = purpose;
    }

    public AssessmentPurpose purpose() {
        return purpose;
    }
}
