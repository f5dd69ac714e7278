package id.merit.discipline;

import java.util.Optional;

/**
 * The attendance recommendation behind a case opened from attendance, computed by the module that owns the punches
 * (attendance implements this port; discipline does not depend on it). Used so a case cannot claim a heavier band
 * than the attendance record supports.
 */
@FunctionalInterface
public interface AttendanceEvidence {

    /** The band code of interchange.md §3 recommended for the employee's year, if it can be computed. */
    Optional<String> recommendedBand(String nip, int year);
}
