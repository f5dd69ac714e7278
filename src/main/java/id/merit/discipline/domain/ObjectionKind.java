package id.merit.discipline.domain;

import id.merit.discipline.PunishmentKind;

/**
 * The upaya administratif against a decision (PP 79/2021): a keberatan to the official above the one who decided
 * (Pasal 3–8), or a banding to BPASN against dismissal (Pasal 10–11).
 */
public enum ObjectionKind {
    OBJECTION, APPEAL;

    /** A dismissal is appealed to BPASN; every other punishment is objected to. */
    public static ObjectionKind against(PunishmentKind kind) {
        return kind == PunishmentKind.PEMBERHENTIAN ? APPEAL : OBJECTION;
    }
}
