package id.merit.shared;

/** The six roles of interchange.md §1. */
public enum Role {
    ADMIN, OFFICER, OPD_HEAD, REGENT, ASSESSOR, EMPLOYEE;

    public String authority() {
        return "ROLE_" + name();
    }

    /** BKPSDM staff: keep the registry, run imports. */
    public boolean isBkpsdm() {
        return this == ADMIN || this == OFFICER;
    }
}
