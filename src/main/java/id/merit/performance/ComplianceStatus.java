package id.merit.performance;

/**
 * Where an OPD stands with the ANNUAL SKP evaluations of a year (issue 12 item 6): nobody due, all rated, still open
 * up to and including the deadline day, or missing evaluations after it: neglect (pembiaran, seed 000).
 */
public enum ComplianceStatus {
    NOTHING_DUE, COMPLETE, OPEN, NEGLECT, NO_PERIOD
}
