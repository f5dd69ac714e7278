package id.merit.employee;

/** Registry list filter; null fields do not filter. {@code q} matches name (contains) or NIP (prefix). */
public record EmployeeFilter(String q, String opdCode, EmployeeType type, String rank, PositionKind positionKind) {
    public static final EmployeeFilter NONE = new EmployeeFilter(null, null, null, null, null);
}
