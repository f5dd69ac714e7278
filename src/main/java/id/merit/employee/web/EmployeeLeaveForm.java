package id.merit.employee.web;

import id.merit.employee.LeaveReason;
import id.merit.employee.domain.EmployeeLeaveService;
import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;

/** The end of an employee's employment as BKPSDM records it (issue 15 item 3). */
@Getter
@Setter
public class EmployeeLeaveForm {
    private LeaveReason reason;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate leftOn;
    private String decree;

    EmployeeLeaveService.LeaveCommand toCommand() {
        return new EmployeeLeaveService.LeaveCommand(reason, leftOn, decree);
    }
}
