package id.merit.discipline;

import java.util.List;

/** What other modules (IP ASN, talent, JPT eligibility) may ask about punishments. Unscoped: for computations. */
public interface PunishmentQueries {

    /** Every punishment of the employee, newest decision first; empty for an unknown NIP. */
    List<PunishmentRecord> forEmployee(String nip);
}
