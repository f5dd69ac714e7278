package id.merit.discipline;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What other modules (IP ASN, talent, JPT eligibility) may ask about punishments. Unscoped: for computations. */
public interface PunishmentQueries {

    /** Every punishment of the employee, newest decision first; empty for an unknown NIP. */
    List<PunishmentRecord> forEmployee(String nip);

    /** Every punishment decided from {@code from} to {@code to} (inclusive), by NIP (one query, for year-wide computations). */
    Map<String, List<PunishmentRecord>> decidedBetween(LocalDate from, LocalDate to);
}
