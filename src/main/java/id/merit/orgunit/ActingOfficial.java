package id.merit.orgunit;

import java.time.LocalDate;

/** An acting official on a post; {@code endDate} null = open-ended. */
public record ActingOfficial(long id, String postCode, String nip, ActingKind kind, LocalDate startDate, LocalDate endDate) {

    public boolean coversDate(LocalDate d) {
        return !startDate.isAfter(d) && (endDate == null || !endDate.isBefore(d));
    }
}
