package id.merit.performance;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What other modules (IP ASN, talent, JPT eligibility, dashboards) may ask about SKP evaluations. Unscoped: for computations. */
public interface PerformanceQueries {

    /** The ANNUAL evaluation of {@code year}, if one is recorded. */
    Optional<PerformanceRecord> annual(String nip, int year);

    /** Every evaluation of the employee, newest year first (ANNUAL before the quarters of a year); empty for an unknown NIP. */
    List<PerformanceRecord> forEmployee(String nip);

    /** {@link #forEmployee} of these NIPs, by NIP (one query); NIPs without any evaluation are absent. */
    Map<String, List<PerformanceRecord>> forEmployees(java.util.Collection<String> nips);

    /** The ANNUAL predicate of {@code year} of every employee that has one, by NIP (one query, for year-wide computations). */
    Map<String, SkpPredicate> annualPredicates(int year);

    /** Whether any evaluation is stored at all (the demo seeder tops up an older demo database once). */
    boolean anyRecorded();

    /**
     * Set-based counts for the regent's dashboard: the ANNUAL evaluations of {@code year} of the ASN now in the registry
     * (PNS, CPNS, PPPK, PPPK paruh waktu), by predicate; predicates without an evaluation are absent.
     */
    Map<SkpPredicate, Long> annualPredicateCountsOfAsn(int year);
}
