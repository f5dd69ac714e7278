package id.merit.professionalism;

import java.util.List;
import java.util.Optional;

/**
 * The stored IP ASN figures of a year for other modules (the regent's dashboard): unscoped aggregates, read from the
 * year's one-pass computation ({@code professionalism.index}), which the first request for the year computes.
 */
public interface ProfessionalismQueries {

    /** Mean and distribution of the year; empty for a year outside the measured range (2015 to next year). */
    Optional<IpAsnSummary> summary(int year);

    /** The OPD league of the year (top-level OPDs by mean IP ASN); empty for a year outside the measured range. */
    List<OpdRank> opdLeague(int year);

    /**
     * Unscoped (the caller has checked that the user may see the employee): the employee's IP ASN of each year from
     * {@code from} to {@code to} in which their type of staff is measured, newest first, computed from their records.
     */
    List<IpAsnLine> history(id.merit.employee.EmployeeView employee, int from, int to);
}
