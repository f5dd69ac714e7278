package id.merit.employee;

import java.time.LocalDate;

/** The recorded end of an employee's employment: reason, date and decree number. */
public record LeaveView(LeaveReason reason, LocalDate leftOn, String decree) {
}
