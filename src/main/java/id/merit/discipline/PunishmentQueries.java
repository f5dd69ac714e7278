package id.merit.discipline;

import java.time.LocalDate;
import java.util.List;

/** What other modules (IP ASN, talent, JPT eligibility) may ask about punishments. Unscoped: for computations. */
public interface PunishmentQueries {

    /** Every punishment of the employee, newest decision first; empty for an unknown NIP. */
    List<PunishmentRecord> forEmployee(String nip);

    /** Every punishment decided from {@code from} to {@code to} inclusive, of everyone (one query, for year-wide computations). */
    List<PunishmentRecord> decidedBetween(java.time.LocalDate from, java.time.LocalDate to);

    /** {@link #forEmployee} of these NIPs, newest decision first, by NIP (one query); NIPs without any are absent. */
    java.util.Map<String, List<PunishmentRecord>> forEmployees(java.util.Collection<String> nips);
}
