package id.merit.performance;

import java.time.LocalDate;

/**
 * One OPD (with its sub-units) on the SKP compliance page for a year: the ASN staff due an ANNUAL evaluation, those
 * rated, missing and rated late (after the OPD's deadline), the OPD's deadline (its own extension or the period's,
 * null without an ANNUAL period), the head's name (null when nobody is known) and the status.
 * {@code daysLeft} counts from today to the deadline (0 on the deadline day, negative after it; null without one).
 */
public record ComplianceRow(long opdId, String opdCode, String opdName, int depth, String headName, int due, int rated,
                            int missing, int late, LocalDate deadline, boolean extended, Long daysLeft,
                            ComplianceStatus status) {

    /** Rated share in whole percent (100 when nobody is due). */
    public int percent() {
        return due == 0 ? 100 : (int) Math.floor(rated * 100.0 / due);
    }

    public boolean neglect() {
        return status == ComplianceStatus.NEGLECT;
    }
}
