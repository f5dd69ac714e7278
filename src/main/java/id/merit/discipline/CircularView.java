package id.merit.discipline;

import java.time.LocalDate;

/**
 * A circular (surat edaran) waiting for the user: {@code acknowledgeSelf} when the user's own NIP has not acknowledged
 * it yet; {@code staffPending} the number of staff of an OPD head's OPD (and sub-units) who have not, and for whom the
 * head may acknowledge after informing them (0 for other users).
 */
public record CircularView(long id, String number, LocalDate issuedOn, String title, String body, boolean acknowledgeSelf,
                           long staffPending) {
}
