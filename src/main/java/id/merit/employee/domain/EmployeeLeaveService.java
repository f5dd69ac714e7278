package id.merit.employee.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.employee.EmployeeLeft;
import id.merit.employee.LeaveReason;
import id.merit.employee.LeaveView;
import id.merit.shared.BusinessProblem;
import id.merit.shared.NotFoundProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Leavers (issue 15 item 3): BKPSDM records the end of an employee's employment — reason, date (not in the future: it
 * is recorded once it has happened), decree number — on the employee's page. The employee leaves the active staff
 * ({@link ActiveStaff}); {@link EmployeeLeft} makes identity disable their accounts in the same transaction. Audited on
 * the employee. Recording it again corrects the recorded values (no second event).
 */
@Service
@Transactional(readOnly = true)
public class EmployeeLeaveService {

    public static final int MAX_DECREE = 100;

    public record LeaveCommand(LeaveReason reason, LocalDate leftOn, String decree) {
    }

    private final EmployeeRepository employees;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EmployeeLeaveService(EmployeeRepository employees, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.employees = employees;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The recorded end of employment, if any (for whoever may already see the employee's page). */
    public Optional<LeaveView> of(long employeeId) {
        return employees.findById(employeeId).filter(e -> e.getLeftOn() != null)
                .map(e -> new LeaveView(e.getLeaveReason(), e.getLeftOn(), e.getLeaveDecree()));
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public void record(String nip, LeaveCommand c) {
        Employee e = employees.findByNip(nip).orElseThrow(() -> new NotFoundProblem("employee.error.notFound", nip));
        if (c.reason() == null) {
            throw new BusinessProblem("reason", "employee.leave.error.required");
        }
        if (c.leftOn() == null) {
            throw new BusinessProblem("leftOn", "employee.leave.error.required");
        }
        if (c.leftOn().isAfter(LocalDate.now(clock))) {
            throw new BusinessProblem("leftOn", "employee.leave.error.future");
        }
        if (e.getBirthDate() != null && !c.leftOn().isAfter(e.getBirthDate())) {
            throw new BusinessProblem("leftOn", "employee.leave.error.beforeBirth");
        }
        String decree = c.decree() == null ? "" : c.decree().trim();
        if (decree.isEmpty()) {
            throw new BusinessProblem("decree", "employee.leave.error.required");
        }
        if (decree.length() > MAX_DECREE) {
            throw new BusinessProblem("decree", "employee.leave.error.tooLong", MAX_DECREE);
        }
        boolean wasActive = e.getLeftOn() == null;
        Map<String, Object> before = snapshot(e);
        e.setLeaveReason(c.reason());
        e.setLeftOn(c.leftOn());
        e.setLeaveDecree(decree);
        e.setUpdatedAt(OffsetDateTime.now(clock));
        employees.saveAndFlush(e);
        audit.changed(AuditAction.UPDATE, EmployeeCommandService.AUDIT_TYPE, e.getNip(), "employment ended", before, snapshot(e));
        if (wasActive) {
            events.publishEvent(new EmployeeLeft(e.getNip(), c.reason(), c.leftOn()));
        }
    }

    private static Map<String, Object> snapshot(Employee e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("leaveReason", e.getLeaveReason() == null ? null : e.getLeaveReason().name());
        m.put("leftOn", e.getLeftOn() == null ? null : e.getLeftOn().toString());
        m.put("leaveDecree", e.getLeaveDecree());
        return m;
    }
}
