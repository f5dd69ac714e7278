package id.merit.assessment;

/** Why a competency assessment was made: mapping (pemetaan) or selection; their JPM schemes are never mixed. */
public enum AssessmentPurpose {
    MAPPING, SELECTION
}
