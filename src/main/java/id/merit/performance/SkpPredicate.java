package id.merit.performance;

/**
 * The performance predicate of an SKP evaluation (PermenPANRB 6/2022; {@code CUKUP} of older years is read as
 * {@code BUTUH_PERBAIKAN}).
 */
public enum SkpPredicate {
    SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG;

    /** BAIK or SANGAT_BAIK: what the talent pool (PP 11/2017 Ps 199) and JPT eligibility ask for. */
    public boolean atLeastBaik() {
        return this == SANGAT_BAIK || this == BAIK;
    }
}
