package id.merit.identity.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeLeft;
import id.merit.employee.EmployeeMoved;
import id.merit.employee.EmployeeRef;
import id.merit.shared.Role;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts follow the registry (issue 15 item 3), inside the registry's transaction:
 * <ul>
 *   <li>{@link EmployeeLeft}: every account bound to the leaver's NIP is disabled and its sessions end (login refused);</li>
 *   <li>{@link EmployeeMoved}: an OPD head's account bound to a NIP takes the OPD the registry now gives that employee
 *       (a transfer moves the head's scope; sessions end so the new scope applies at once). An EMPLOYEE account's
 *       scope is the person (their NIP), so it follows a transfer by itself. Accounts without a NIP stay as the
 *       administrator bound them.</li>
 * </ul>
 */
@Component
class AccountsFollowRegistry {

    private final AppUserRepository users;
    private final EmployeeDirectory employees;
    private final AccountSessions sessions;
    private final AuditLog audit;

    AccountsFollowRegistry(AppUserRepository users, EmployeeDirectory employees, AccountSessions sessions, AuditLog audit) {
        this.users = users;
        this.employees = employees;
        this.sessions = sessions;
        this.audit = audit;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(EmployeeLeft left) {
        for (AppUser u : users.findByNip(left.nip())) {
            if (u.isEnabled()) {
                u.setEnabled(false);
                users.flush();
                audit.changed(AuditAction.UPDATE, UserService.AUDIT_TYPE, u.getUsername(),
                        "disabled: employment ended (" + left.reason() + ", " + left.leftOn() + ")", null, null);
            }
            sessions.endAll(u.getUsername());
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(EmployeeMoved moved) {
        List<AppUser> heads = moved.nip() == null ? users.findByRoleAndNipIsNotNull(Role.OPD_HEAD)
                : users.findByNip(moved.nip()).stream().filter(u -> u.getRole() == Role.OPD_HEAD).toList();
        for (AppUser u : heads) {
            Optional<Long> opd = employees.ref(u.getNip()).map(EmployeeRef::opdId);
            if (opd.isPresent() && !Objects.equals(opd.get(), u.getOpdId())) {
                Long before = u.getOpdId();
                u.setOpdId(opd.get());
                users.flush();
                audit.changed(AuditAction.UPDATE, UserService.AUDIT_TYPE, u.getUsername(), "OPD scope follows a transfer",
                        java.util.Map.of("opdId", String.valueOf(before)), java.util.Map.of("opdId", String.valueOf(opd.get())));
                sessions.endAll(u.getUsername());
            }
        }
    }
}
