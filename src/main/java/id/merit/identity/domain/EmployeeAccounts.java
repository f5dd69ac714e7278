package id.merit.identity.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeRef;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.Role;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * EMPLOYEE accounts in bulk from the registry (issue 15 item 3): for an OPD with its sub-units, or everyone, every
 * employee without an account gets one — username = NIP, role EMPLOYEE bound to the NIP, a random one-time password
 * flagged "must change". The passwords come back in clear once, for the hand-over sheet; only their hashes are stored.
 *
 * <p>Speed: BCrypt is the whole cost. At the app's strength 10 one hash takes ~80 ms here, 4,500 staff ~6 minutes.
 * One-time passwords are hashed at strength {@value #ONE_TIME_STRENGTH} (~1.4 ms) on all cores, 4,500 in a few
 * seconds, and stored with one set-based INSERT. Justified because they are random: 56^10 ≈ 2^58 guesses against a
 * human password's ~2^30 — the cheaper hash (2^6 fewer rounds) leaves them far harder to crack than a chosen password at
 * strength 10, and they live only until the first login, which replaces them by a strength-10 hash. The app's
 * {@code BCryptPasswordEncoder} verifies any strength (the cost is part of the hash).
 */
@Service
@Transactional(readOnly = true)
public class EmployeeAccounts {
    private static final Logger log = LoggerFactory.getLogger(EmployeeAccounts.class);
    static final int ONE_TIME_STRENGTH = 4;
    static final PasswordEncoder ONE_TIME_ENCODER = new BCryptPasswordEncoder(ONE_TIME_STRENGTH);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final EmployeeDirectory employees;
    private final OpdQueries opds;
    private final AuditLog audit;

    EmployeeAccounts(JdbcTemplate jdbc, EmployeeDirectory employees, OpdQueries opds, AuditLog audit) {
        this.jdbc = jdbc;
        this.employees = employees;
        this.opds = opds;
        this.audit = audit;
    }

    /** How many staff the OPD (with sub-units; {@code null} = all) has, and how many of them have an account already. */
    public record Preview(String opdCode, int staff, int withAccount) {
        public int toCreate() {
            return staff - withAccount;
        }
    }

    /** One line of the hand-over sheet. */
    public record Handover(String name, String nip, String opdCode, String opdName, String username, String password) {
    }

    /** What a bulk creation did: {@code accounts} holds the one-time passwords in clear — show them once, never store. */
    public record Result(String opdCode, int created, int skipped, List<Handover> accounts) {
    }

    @PreAuthorize("hasRole('ADMIN')")
    public Preview preview(String opdCode) {
        List<EmployeeRef> staff = staff(opdCode);
        Set<String> taken = taken();
        int with = (int) staff.stream().filter(e -> hasAccount(e, taken)).count();
        return new Preview(code(opdCode), staff.size(), with);
    }

    /** Creates the missing EMPLOYEE accounts of the OPD (with sub-units; {@code null} = all staff) in one statement. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Result create(String opdCode) {
        long started = System.nanoTime();
        List<EmployeeRef> staff = staff(opdCode);
        Set<String> taken = taken();
        Map<Long, OpdView> opdById = opds.tree().stream().collect(Collectors.toMap(OpdView::id, Function.identity()));
        List<EmployeeRef> missing = staff.stream().filter(e -> !hasAccount(e, taken))
                .sorted(Comparator.comparing((EmployeeRef e) -> opdOf(opdById, e).code()).thenComparing(EmployeeRef::name))
                .toList();
        List<String> passwords = missing.stream().map(e -> OneTimePasswords.generate(RANDOM)).toList();
        // BCrypt dominates: hash on every core (the common pool), in the order of the list
        List<String> hashes = passwords.parallelStream().map(ONE_TIME_ENCODER::encode).toList();
        Set<String> inserted = insert(missing, hashes);
        List<Handover> sheet = new ArrayList<>(inserted.size());
        for (int i = 0; i < missing.size(); i++) {
            EmployeeRef e = missing.get(i);
            if (inserted.contains(e.nip())) { // a concurrent creation may have taken a username meanwhile: not on this sheet
                OpdView opd = opdOf(opdById, e);
                sheet.add(new Handover(e.name(), e.nip(), opd.code(), opd.name(), e.nip(), passwords.get(i)));
            }
        }
        int skipped = staff.size() - sheet.size();
        String scope = opdCode == null ? "all OPDs" : "OPD " + code(opdCode) + " and its sub-units";
        audit.event(AuditAction.CREATE, UserService.AUDIT_TYPE, opdCode == null ? "*" : code(opdCode),
                "created " + sheet.size() + " employee accounts for " + scope + " (" + skipped + " staff already had one)");
        log.info("Bulk employee accounts for {}: {} created, {} skipped in {} ms", scope, sheet.size(), skipped,
                (System.nanoTime() - started) / 1_000_000);
        return new Result(code(opdCode), sheet.size(), skipped, sheet);
    }

    private Set<String> insert(List<EmployeeRef> missing, List<String> hashes) {
        if (missing.isEmpty()) {
            return Set.of();
        }
        String[] nips = missing.stream().map(EmployeeRef::nip).toArray(String[]::new);
        String[] names = missing.stream().map(EmployeeRef::name).toArray(String[]::new);
        String[] hashArray = hashes.toArray(String[]::new);
        return jdbc.execute((ConnectionCallback<Set<String>>) con -> {
            Array n = con.createArrayOf("varchar", nips);
            Array d = con.createArrayOf("varchar", names);
            Array h = con.createArrayOf("varchar", hashArray);
            try (PreparedStatement ps = con.prepareStatement("INSERT INTO identity.app_user (username, password_hash, role, nip, "
                    + "display_name, must_change_password) SELECT t.nip, t.hash, '" + Role.EMPLOYEE.name() + "', t.nip, t.name, TRUE "
                    + "FROM unnest(?::varchar[], ?::varchar[], ?::varchar[]) AS t(nip, name, hash) "
                    + "ON CONFLICT DO NOTHING RETURNING username")) {
                ps.setArray(1, n);
                ps.setArray(2, d);
                ps.setArray(3, h);
                Set<String> out = new HashSet<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                }
                return out;
            }
        });
    }

    private List<EmployeeRef> staff(String opdCode) {
        if (opdCode == null) {
            return employees.allRefs();
        }
        Set<Long> ids = opds.subtreeIds(opdCode);
        if (ids.isEmpty()) {
            throw new NotFoundProblem("user.bulk.error.opdUnknown", opdCode);
        }
        return employees.refsInOpds(ids);
    }

    /** The NIPs bound to an account and every username (lower case): an employee with either has an account. */
    private Set<String> taken() {
        Set<String> taken = new HashSet<>();
        jdbc.query("SELECT lower(username), nip FROM identity.app_user", rs -> {
            taken.add(rs.getString(1));
            if (rs.getString(2) != null) {
                taken.add(rs.getString(2).toLowerCase(Locale.ROOT));
            }
        });
        return taken;
    }

    private static boolean hasAccount(EmployeeRef e, Set<String> taken) {
        return taken.contains(e.nip().toLowerCase(Locale.ROOT));
    }

    private String code(String opdCode) {
        return opdCode == null ? null : opds.byCode(opdCode).map(OpdView::code).orElse(opdCode);
    }

    private static OpdView opdOf(Map<Long, OpdView> byId, EmployeeRef e) {
        OpdView o = byId.get(e.opdId());
        return o != null ? o : new OpdView(e.opdId(), "?", "?", null, null, null, null, null, null, 0);
    }
}
