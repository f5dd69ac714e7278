package id.merit.performance;

/** A rating against the leader's expectations (PermenPANRB 6/2022): di atas / sesuai / di bawah ekspektasi. */
public enum SkpRating {
    ABOVE, MEETS, BELOW
}
