package id.merit.discipline;

import java.time.LocalDate;

/**
 * The attendance recommendation behind a case opened from attendance, so a case cannot claim a heavier band than the
 * attendance record supports. A required bean (discipline's own recommendation service implements it).
 */
@FunctionalInterface
public interface AttendanceEvidence {

    /**
     * The band the employee's attendance of {@code year} calls for in a case examined on {@code examinedOn}: PP 94/2021
     * from 31 August 2021 whatever the dates of the absences (PP 94/2021 Pasal 40 ayat (3)); NONE for non-ASN staff.
     */
    SanctionBand recommendedBand(String nip, int year, LocalDate examinedOn);
}
