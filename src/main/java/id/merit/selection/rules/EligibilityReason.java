package id.merit.selection.rules;

/**
 * The conditions an eligibility check can fail, in the order they are reported (interchange.md §3 "Eligibility").
 * Administrator and Pengawas checks use a subset (no AGE, and their EXPERIENCE is the time in the lower post).
 */
public enum EligibilityReason {
    EDUCATION, EXPERIENCE, POSITION, AGE, PERFORMANCE, DISCIPLINE, EMPLOYEE_TYPE
}
