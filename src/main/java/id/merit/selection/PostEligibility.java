package id.merit.selection;

import id.merit.employee.EmployeeRef;
import id.merit.employee.PositionKind;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What other modules may ask about managerial-post eligibility (succession planning in talent): the same checks as the
 * employee page's "Kelayakan jabatan" (JPT Pratama PP 11/2017 Ps 107, Administrator and Pengawas Ps 54) with the
 * default rule sets. Not scoped: the caller filters the employees it shows.
 */
public interface PostEligibility {

    /** The post kinds that are decided by these checks. */
    Set<PositionKind> KINDS = Set.of(PositionKind.JPT_PRATAMA, PositionKind.ADMINISTRATOR, PositionKind.PENGAWAS);

    /**
     * Per NIP of {@code refs}, per date of {@code dates}: the kinds among {@link #KINDS} the employee is eligible for on
     * that date. Each employee's record is read once, whatever the number of dates. For a date after today the record is
     * taken as it stands ("if nothing else changes"): the current position runs on, age advances, and the ANNUAL
     * predicates of the years not yet evaluated equal the latest recorded one.
     */
    Map<String, Map<LocalDate, Set<PositionKind>>> eligibleKinds(Collection<EmployeeRef> refs, List<LocalDate> dates);
}
