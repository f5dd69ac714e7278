package id.merit.performance;

import java.util.List;
import java.util.Optional;

/** The SKP compliance of OPDs and their heads (issue 12 item 6), for other modules' pages (the landing page). */
public interface ComplianceQueries {

    /** The OPD's compliance for the ANNUAL evaluation of {@code year}; empty when the code is unknown. */
    Optional<ComplianceRow> forOpd(int year, String opdCode);

    /** The OPDs flagged for neglect (pembiaran) in {@code year}: missing evaluations after their deadline. */
    List<ComplianceRow> neglected(int year);

    /** The current year by the application's clock. */
    int currentYear();
}
