package id.merit.talent;

/** The potential axis of the 9-box (PermenPANRB 3/2020): tinggi / menengah / rendah. */
public enum PotentialAxis {
    HIGH, MEDIUM, LOW
}
