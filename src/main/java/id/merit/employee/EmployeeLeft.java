package id.merit.employee;

import java.time.LocalDate;

/**
 * Published (synchronously, inside the registry's transaction) when BKPSDM records the end of an employee's
 * employment. Identity disables the person's accounts and ends their sessions on it.
 */
public record EmployeeLeft(String nip, LeaveReason reason, LocalDate leftOn) {
}
