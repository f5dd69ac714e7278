package id.merit.talent;

/** The performance axis of the 9-box (PermenPANRB 3/2020): di atas / sesuai / di bawah ekspektasi. */
public enum PerformanceAxis {
    ABOVE, MEETS, BELOW
}
