package id.merit.identity.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.employee.EmployeeDirectory;
import id.merit.identity.NewUser;
import id.merit.identity.PasswordPolicy;
import id.merit.identity.UserView;
import id.merit.orgunit.OpdCodeChanged;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.PagedResult;
import id.merit.shared.SearchText;
import id.merit.shared.Role;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts: authentication source, lockout after repeated failures, and administration. */
@Service
@Transactional(readOnly = true)
public class UserService implements UserDetailsService, id.merit.identity.AccountCommands, id.merit.identity.AccountDirectory {
    private final Clock clock;

    static final String AUDIT_TYPE = "USER";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,64}");
    private final AppUserRepository users;
    private final PasswordEncoder encoder;
    private final OpdQueries opds;
    private final EmployeeDirectory employees;
    private final AuditLog audit;
    private final AccountSessions sessions;
    private final int maxFailures;
    private final Duration lockout;

    UserService(AppUserRepository users, PasswordEncoder encoder, OpdQueries opds, EmployeeDirectory employees, AuditLog audit,
                AccountSessions sessions, @Value("${merit.security.max-failed-logins:5}") int maxFailures,
                @Value("${merit.security.lockout-minutes:15}") int lockoutMinutes, Clock clock) {
        this.clock = clock;
        this.users = users;
        this.encoder = encoder;
        this.opds = opds;
        this.employees = employees;
        this.audit = audit;
        this.sessions = sessions;
        this.maxFailures = maxFailures;
        this.lockout = Duration.ofMinutes(lockoutMinutes);
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        AppUser u = users.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return details(u);
    }

    /** The principal; an OPD head's OPD code is read from the bound OPD at login (its current code). */
    MeritUserDetails details(AppUser u) {
        return new MeritUserDetails(new CurrentUser(u.getUsername(), u.getRole(), opdCode(u), u.getNip()), u.getPasswordHash(),
                u.isEnabled(), u.isLockedAt(OffsetDateTime.now(clock)), u.getDisplayName() == null ? u.getUsername() : u.getDisplayName(),
                u.isMustChangePassword());
    }

    /**
     * Records a refused login; a wrong password also counts towards the lockout: the 5th in a row locks the account for
     * 15 minutes (configurable). A locked account is refused exactly like a wrong password (SecurityConfig).
     */
    @Transactional
    public void loginFailed(String username, String summary, boolean wrongPassword) {
        audit.login(AUDIT_TYPE, username, summary);
        if (!wrongPassword) {
            return;
        }
        users.findByUsername(username).ifPresent(u -> {
            OffsetDateTime now = OffsetDateTime.now(clock);
            if (u.isLockedAt(now)) {
                return;
            }
            u.setFailedAttempts(u.getFailedAttempts() + 1);
            if (u.getFailedAttempts() >= maxFailures) {
                u.setLockedUntil(now.plus(lockout));
                u.setFailedAttempts(0);
                audit.changed(AuditAction.UPDATE, AUDIT_TYPE, u.getUsername(), "locked after " + maxFailures + " failed logins",
                        null, Map.of("lockedUntil", u.getLockedUntil().toString()));
            }
        });
    }

    /** Records a login on the login page. */
    @Transactional
    public void loginAudited(String username, String summary) {
        audit.login(AUDIT_TYPE, username, summary);
    }

    @Transactional
    public void loginSucceeded(String username) {
        users.findByUsername(username).ifPresent(u -> {
            u.setFailedAttempts(0);
            u.setLockedUntil(null);
            u.setLastLoginAt(OffsetDateTime.now(clock));
        });
    }

    @PreAuthorize("hasRole('ADMIN')")
    public PagedResult<UserView> search(String q, int page, int size) {
        Page<AppUser> p = users.search(java.util.Objects.requireNonNullElse(SearchText.normalize(q), ""), PageRequest.of(Math.max(0, page), size));
        return PagedResult.of(p, this::view);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<UserView> byUsername(String username) {
        return username == null ? java.util.Optional.empty() : users.findByUsername(username.trim()).map(this::view);
    }

    @PreAuthorize("hasRole('ADMIN')")
    public UserView get(long id) {
        return users.findById(id).map(this::view).orElseThrow(() -> new NotFoundProblem("user.error.notFound", id));
    }

    /** Creates an account (admin page, API); refusals come back as BusinessProblem with the field at fault. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserView create(NewUser n) {
        return createUnchecked(n, false);
    }

    @Override
    @Transactional
    public UserView createSystemAccount(NewUser n, boolean demo) {
        return createUnchecked(n, demo);
    }

    /** For start-up (first administrator, demo accounts) and tests: no caller to check. */
    @Transactional
    public UserView createUnchecked(NewUser n, boolean demo) {
        if (n.username() == null || !USERNAME.matcher(n.username()).matches()) {
            throw new BusinessProblem("username", "user.error.usernameFormat");
        }
        if (users.findByUsername(n.username()).isPresent()) {
            throw new BusinessProblem("username", "user.error.usernameTaken", n.username());
        }
        if (n.role() == null) {
            throw new BusinessProblem("role", "user.error.roleRequired");
        }
        if (!demo) {
            PasswordPolicy.check(n.username(), n.password()).ifPresent(key -> {
                throw new BusinessProblem("password", key, PasswordPolicy.MIN_LENGTH);
            });
        }
        String nip = blank(n.nip());
        Long opdId = checkBinding(n.role(), blank(n.opdCode()), nip);
        AppUser u = new AppUser();
        u.setUsername(n.username());
        u.setPasswordHash(encoder.encode(n.password()));
        u.setRole(n.role());
        u.setOpdId(opdId);
        u.setNip(nip);
        u.setDisplayName(blank(n.displayName()));
        u.setDemo(demo);
        users.saveAndFlush(u);
        audit.changed(AuditAction.CREATE, AUDIT_TYPE, u.getUsername(), null, null, snapshot(u));
        return view(u);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void setEnabled(long id, boolean enabled) {
        AppUser u = users.findById(id).orElseThrow(() -> new NotFoundProblem("user.error.notFound", id));
        if (!enabled && u.getUsername().equalsIgnoreCase(CurrentUser.actorName())) {
            throw new BusinessProblem(null, "user.error.selfDisable");
        }
        Map<String, Object> before = snapshot(u);
        u.setEnabled(enabled);
        audit.changed(AuditAction.UPDATE, AUDIT_TYPE, u.getUsername(), null, before, snapshot(u));
        if (!enabled) {
            sessions.endAll(u.getUsername());
        }
    }

    /**
     * Gives an account another role (and the OPD or NIP that role needs); its open sessions end, so the new role
     * applies from the next login and the old one not a request longer.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserView changeRole(long id, Role role, String opdCode, String nip) {
        AppUser u = users.findById(id).orElseThrow(() -> new NotFoundProblem("user.error.notFound", id));
        if (role == null) {
            throw new BusinessProblem("role", "user.error.roleRequired");
        }
        String ownNip = blank(nip);
        Long opdId = checkBinding(role, blank(opdCode), ownNip);
        Map<String, Object> before = snapshot(u);
        u.setRole(role);
        u.setOpdId(opdId);
        u.setNip(ownNip);
        users.flush();
        audit.changed(AuditAction.UPDATE, AUDIT_TYPE, u.getUsername(), "role changed", before, snapshot(u));
        sessions.endAll(u.getUsername());
        return view(u);
    }

    /**
     * An OPD's code changed: its heads stay bound to it (by id) and their open sessions end, so that nobody keeps
     * working under the old code — which a new OPD could be given later.
     */
    @EventListener
    @Transactional
    void on(OpdCodeChanged changed) {
        users.findByOpdId(changed.opdId()).forEach(u -> sessions.endAll(u.getUsername()));
    }

    /** Checks what the role needs; returns the id of an OPD head's OPD (null for other roles). */
    private Long checkBinding(Role role, String opdCode, String nip) {
        if (role == Role.EMPLOYEE && (nip == null || employees.ref(nip).isEmpty())) {
            throw new BusinessProblem("nip", "user.error.nipRequired");
        }
        if (role != Role.OPD_HEAD) {
            return null;
        }
        return (opdCode == null ? Optional.<OpdView>empty() : opds.byCode(opdCode)).map(OpdView::id)
                .orElseThrow(() -> new BusinessProblem("opdCode", "user.error.opdRequired"));
    }

    /** The current code of the OPD an OPD head is bound to. */
    private String opdCode(AppUser u) {
        return u.getOpdId() == null ? null : opds.byId(u.getOpdId()).map(OpdView::code).orElse(null);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void unlock(long id) {
        AppUser u = users.findById(id).orElseThrow(() -> new NotFoundProblem("user.error.notFound", id));
        u.setLockedUntil(null);
        u.setFailedAttempts(0);
        audit.changed(AuditAction.UPDATE, AUDIT_TYPE, u.getUsername(), "unlocked", null, null);
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void resetPassword(long id, String newPassword) {
        AppUser u = users.findById(id).orElseThrow(() -> new NotFoundProblem("user.error.notFound", id));
        PasswordPolicy.check(u.getUsername(), newPassword).ifPresent(key -> {
            throw new BusinessProblem("password", key, PasswordPolicy.MIN_LENGTH);
        });
        u.setPasswordHash(encoder.encode(newPassword));
        u.setDemo(false);
        u.setLockedUntil(null);
        u.setFailedAttempts(0);
        audit.changed(AuditAction.UPDATE, AUDIT_TYPE, u.getUsername(), "password reset", null, null);
        sessions.endAll(u.getUsername());
    }

    /**
     * Sets a new one-time password (shown once to the administrator, stored only hashed) and flags the account so that
     * its next login must change it; open sessions end. Returns the password in clear, for the hand-over only.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public String resetToOneTimePassword(long id) {
        AppUser u = users.findById(id).orElseThrow(() -> new NotFoundProblem("user.error.notFound", id));
        if (u.getUsername().equalsIgnoreCase(CurrentUser.actorName())) {
            throw new BusinessProblem(null, "user.error.selfOneTime");
        }
        String password = OneTimePasswords.generate(RANDOM);
        u.setPasswordHash(EmployeeAccounts.ONE_TIME_ENCODER.encode(password));
        u.setMustChangePassword(true);
        u.setDemo(false);
        u.setLockedUntil(null);
        u.setFailedAttempts(0);
        audit.changed(AuditAction.UPDATE, AUDIT_TYPE, u.getUsername(), "password reset to a one-time password", null, null);
        sessions.endAll(u.getUsername());
        return password;
    }

    /**
     * The logged-in user changes their own password: the current one must match, the new one pass {@link PasswordPolicy}
     * and differ from the current (one-time) one. Clears the must-change flag; the user's other sessions end
     * ({@code keepSessionId}, the session making the change, stays). Returns the refreshed principal.
     */
    @Transactional
    public MeritUserDetails changeOwnPassword(String current, String newPassword, String keepSessionId) {
        String username = CurrentUser.actorName();
        AppUser u = users.findByUsername(username == null ? "" : username)
                .orElseThrow(() -> new NotFoundProblem("user.error.notFound", username));
        if (current == null || !encoder.matches(current, u.getPasswordHash())) {
            throw new BusinessProblem("currentPassword", "user.error.currentPasswordWrong");
        }
        PasswordPolicy.check(u.getUsername(), newPassword).ifPresent(key -> {
            throw new BusinessProblem("newPassword", key, PasswordPolicy.MIN_LENGTH);
        });
        if (encoder.matches(newPassword, u.getPasswordHash())) {
            throw new BusinessProblem("newPassword", "user.error.passwordUnchanged");
        }
        boolean wasOneTime = u.isMustChangePassword();
        u.setPasswordHash(encoder.encode(newPassword));
        u.setMustChangePassword(false);
        u.setDemo(false);
        users.flush();
        audit.changed(AuditAction.UPDATE, AUDIT_TYPE, u.getUsername(), wasOneTime ? "one-time password changed" : "password changed",
                null, null);
        sessions.endOthers(u.getUsername(), keepSessionId);
        return details(u);
    }

    public boolean adminExists() {
        return users.existsByRoleAndEnabledTrue(Role.ADMIN);
    }

    /** Accounts still carrying a demo password (seeded in demo mode and never changed). */
    public long demoAccounts() {
        return users.countByEnabledTrueAndDemoTrue();
    }

    private UserView view(AppUser u) {
        return new UserView(u.getId(), u.getUsername(), u.getDisplayName(), u.getRole(), opdCode(u), u.getNip(), u.isEnabled(),
                u.isLockedAt(OffsetDateTime.now(clock)), u.getFailedAttempts(), u.getLastLoginAt(), u.getVersion(),
                u.isMustChangePassword());
    }

    private Map<String, Object> snapshot(AppUser u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", u.getUsername());
        m.put("role", u.getRole().name());
        m.put("opdId", u.getOpdId());
        m.put("opdCode", opdCode(u));
        m.put("nip", u.getNip());
        m.put("enabled", u.isEnabled());
        return m;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
