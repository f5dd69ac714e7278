package id.merit.employee;

/**
 * Registry list filter; null fields do not filter. {@code q} matches name (contains) or NIP (prefix). Only active
 * staff match unless {@code includeLeavers} (issue 15 item 3).
 */
public record EmployeeFilter(String q, String opdCode, EmployeeType type, String rank, PositionKind positionKind,
                             boolean includeLeavers) {
    public static final EmployeeFilter NONE = new EmployeeFilter(null, null, null, null, null);

    /** Active staff only. */
    public EmployeeFilter(String q, String opdCode, EmployeeType type, String rank, PositionKind positionKind) {
        this(q, opdCode, type, rank, positionKind, false);
    }
}
