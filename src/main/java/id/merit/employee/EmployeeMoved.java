package id.merit.employee;

/**
 * Published (synchronously, inside the registry's transaction) when the registry moves an employee: created, moved to
 * another OPD, given another employee type or position, or many at once by a bulk load ({@code nip} null). Modules
 * that cache figures per employee (discipline's recommendations) drop them on it.
 */
public record EmployeeMoved(String nip) {

    /** A bulk load: any employee may have moved. */
    public static EmployeeMoved many() {
        return new EmployeeMoved(null);
    }
}
