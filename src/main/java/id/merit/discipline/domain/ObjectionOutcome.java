package id.merit.discipline.domain;

/** What the official (or BPASN) decided on an objection: PP 79/2021 Pasal 8 ayat (5) and Pasal 15. */
public enum ObjectionOutcome {
    /** The punishment stands (memperkuat). */
    CONFIRMED,
    /** A lighter punishment (memperingan). */
    LIGHTENED,
    /** A heavier punishment (memperberat). */
    HEAVIER,
    /** The decision is annulled (membatalkan): no punishment. */
    ANNULLED;

    /** Whether the outcome names a new punishment. */
    public boolean changesSanction() {
        return this == LIGHTENED || this == HEAVIER;
    }
}
