package id.merit.discipline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * Temporary relief from the duties of the post while a berat punishment is likely (PP 94/2021 Pasal 31): set by the
 * atasan langsung from the examination until the decision, with a Plh (acting official) named; rights are kept.
 * {@code until} is filled by the decision (or the cancellation) that ends it.
 */
@Embeddable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@AllArgsConstructor(access = AccessLevel.PACKAGE)
public class Relief {
    @Column(name = "relief_from")
    private LocalDate from;
    @Column(name = "relief_by_name")
    private String byName;
    @Column(name = "relief_by_position")
    private String byPosition;
    @Column(name = "relief_plh_name")
    private String plhName;
    @Column(name = "relief_plh_nip")
    private String plhNip;
    @Column(name = "relief_until")
    private LocalDate until;

    Relief endOn(LocalDate day) {
        return new Relief(from, byName, byPosition, plhName, plhNip, day);
    }
}
