package id.merit.performance.rules;

import id.merit.performance.ComplianceStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The compliance state of an OPD with the ANNUAL SKP evaluations of a year (issue 12 items 1 and 6).
 * <p>
 * Seed 000 (mission.md, requirement 2): every OPD head must take part in the evaluation of their staff; not doing so
 * is neglect (pembiaran) and must be visible. Rule kept here: the OPD has until the end of its deadline day (the
 * period's deadline or the OPD's extension); from the day after, any ASN staff member still without an ANNUAL
 * evaluation makes the OPD (and its head) flagged NEGLECT. The flag clears as soon as nobody is missing; evaluations
 * recorded after the deadline are counted as late but do not keep the flag. Without an ANNUAL period there is no
 * deadline and nothing is flagged.
 */
public final class ComplianceClassifier {

    private ComplianceClassifier() {
    }

    /** Staff due, of whom {@code rated} have an evaluation; {@code deadline} null = no ANNUAL period opened. */
    public static ComplianceStatus status(int due, int rated, LocalDate deadline, LocalDate today) {
        if (rated < 0 || rated > due) {
            throw new IllegalArgumentException("rated " + rated + " of " + due);
        }
        if (deadline == null) {
            return ComplianceStatus.NO_PERIOD;
        }
        if (due == 0) {
            return ComplianceStatus.NOTHING_DUE;
        }
        if (rated == due) {
            return ComplianceStatus.COMPLETE;
        }
        return overdue(deadline, today) ? ComplianceStatus.NEGLECT : ComplianceStatus.OPEN;
    }

    /** Missing evaluations: due minus rated. */
    public static int missing(int due, int rated) {
        return Math.max(0, due - rated);
    }

    /** The deadline day itself is still in time; the day after is overdue. */
    public static boolean overdue(LocalDate deadline, LocalDate day) {
        return day.isAfter(deadline);
    }

    /** An evaluation first recorded on {@code ratedOn} is late when that day is after the deadline. */
    public static boolean late(LocalDate ratedOn, LocalDate deadline) {
        return deadline != null && overdue(deadline, ratedOn);
    }

    /** Days from today to the deadline: 0 on the deadline day, negative after it. */
    public static long daysLeft(LocalDate deadline, LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline);
    }
}
