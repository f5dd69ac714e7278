package id.merit.unitassessment.rules;

/** The five aspects a unit (OPD) is assessed on each year (mission seed 003, issue 12 item 8). */
public enum Aspect {
    PERFORMANCE, DISCIPLINE, INNOVATION, AWARDS, DATA_COMPLIANCE;

    /** Innovation and awards are recorded by the team with evidence; the other three are read from the registry. */
    public boolean recorded() {
        return this == INNOVATION || this == AWARDS;
    }
}
