package id.merit.shared;

/**
 * Figures another module stores per year and recomputes together with the IP ASN of the year ("Hitung ulang" on the
 * rankings page): the talent module's 9-box. Implemented by that module, called by professionalism (which cannot depend
 * on talent); each recompute replaces its year atomically in its own transaction.
 */
public interface YearFigures {

    /** Recomputes and stores the year for everyone. */
    Recomputed recompute(int year);

    /** {@code what} a message key naming the figures, {@code rows} the employees stored, {@code durationMs} the time taken. */
    record Recomputed(String what, int rows, long durationMs) {
    }
}
