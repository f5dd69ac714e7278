package id.merit.discipline.domain;

import id.merit.discipline.PunishmentKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * The objection (keberatan) or appeal (banding) against the decision of a case (PP 79/2021), filed by the employee or
 * by BKPSDM on their behalf, and its outcome. While it is pending the punishment does not take effect (PP 94/2021
 * Pasal 38 ayat (2)); {@code originalKind}/{@code originalMonths} keep the punishment first decided.
 */
@Embeddable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
@AllArgsConstructor(access = AccessLevel.PACKAGE)
public class Objection {
    @Enumerated(EnumType.STRING)
    @Column(name = "objection_kind")
    private ObjectionKind kind;
    @Column(name = "objection_filed_on")
    private LocalDate filedOn;
    @Column(name = "objection_filed_by")
    private String filedBy;
    @Column(name = "objection_on_behalf")
    private Boolean onBehalf;
    @Column(name = "objection_grounds")
    private String grounds;
    @Column(name = "objection_evidence")
    private String evidence;
    @Enumerated(EnumType.STRING)
    @Column(name = "objection_outcome")
    private ObjectionOutcome outcome;
    @Column(name = "objection_number")
    private String number;
    @Column(name = "objection_decided_on")
    private LocalDate decidedOn;
    @Column(name = "objection_received_on")
    private LocalDate receivedOn;
    @Column(name = "objection_note")
    private String note;
    @Enumerated(EnumType.STRING)
    @Column(name = "original_sanction_kind")
    private PunishmentKind originalKind;
    @Column(name = "original_sanction_months")
    private Integer originalMonths;

    static Objection filed(ObjectionKind kind, LocalDate filedOn, String filedBy, boolean onBehalf, String grounds, String evidence,
                           PunishmentKind originalKind, Integer originalMonths) {
        return new Objection(kind, filedOn, filedBy, onBehalf, grounds, evidence, null, null, null, null, null, originalKind,
                originalMonths);
    }

    Objection answered(ObjectionOutcome outcome, String number, LocalDate decidedOn, LocalDate receivedOn, String note) {
        return new Objection(kind, filedOn, filedBy, onBehalf, grounds, evidence, outcome, number, decidedOn, receivedOn, note,
                originalKind, originalMonths);
    }

    boolean pending() {
        return outcome == null;
    }
}
