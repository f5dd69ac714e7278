package id.merit.unitassessment.domain;

/** The bodies the assessment team is drawn from (seed 003): the inspectorate, BKD (BKPSDM) and the organisation bureau. */
public enum TeamBody {
    INSPECTORATE, BKD, ORGANISATION_BUREAU
}
