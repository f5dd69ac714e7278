package id.merit.profile.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.profile.InstanceProfile;
import id.merit.profile.ProfileQueries;
import id.merit.shared.BusinessProblem;
import id.merit.shared.InstanceZone;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The single row of {@code profile.instance_profile}. Every save is audited with old and new values; the logo is
 * stored in the database. The profile is cached in memory (one row, read on every date written) and replaced on save.
 */
@Service
public class ProfileService implements ProfileQueries, InstanceZone {
    /** Indonesia's three zones (UU/Keppres 41/1987): WIB, WITA, WIT. */
    public static final List<String> ZONES = List.of("Asia/Jakarta", "Asia/Makassar", "Asia/Jayapura");
    private static final String COLUMNS = "region, capital, agency, address, zone, logo is not null as has_logo, signer_name, "
            + "signer_nip, signer_position, signer_rank, version";

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final AtomicReference<Optional<InstanceProfile>> cache = new AtomicReference<>();

    ProfileService(JdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public Optional<InstanceProfile> current() {
        Optional<InstanceProfile> p = cache.get();
        if (p == null) {
            p = jdbc.query("select " + COLUMNS + " from profile.instance_profile where id = 1", (rs, i) -> new InstanceProfile(
                    rs.getString("region"), rs.getString("capital"), rs.getString("agency"), rs.getString("address"),
                    rs.getString("zone"), rs.getBoolean("has_logo"), rs.getString("signer_name"), rs.getString("signer_nip"),
                    rs.getString("signer_position"), rs.getString("signer_rank"), rs.getInt("version"))).stream().findFirst();
            cache.set(p);
        }
        return p;
    }

    @Override
    public Optional<ZoneId> zone() {
        return current().map(p -> ZoneId.of(p.zone()));
    }

    @Override
    public Optional<String> logoDataUri() {
        return jdbc.query("select logo, logo_type from profile.instance_profile where id = 1 and logo_type in ('image/png', 'image/jpeg')",
                (rs, i) -> "data:" + rs.getString(2) + ";base64," + java.util.Base64.getEncoder().encodeToString(rs.getBytes(1)))
                .stream().findFirst();
    }

    public Optional<byte[]> logo() {
        return jdbc.query("select logo from profile.instance_profile where id = 1 and logo is not null", (rs, i) -> rs.getBytes(1))
                .stream().findFirst();
    }

    /** Saves the profile (a null logo keeps the current one); a stale version is refused. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void save(InstanceProfile p, byte[] logo, String logoType) {
        if (!ZONES.contains(p.zone())) {
            throw new BusinessProblem("zone", "profile.error.zone");
        }
        Optional<InstanceProfile> old = current();
        if (old.isPresent() && old.get().version() != p.version()) {
            throw new BusinessProblem(null, "profile.error.stale");
        }
        int updated = jdbc.update("""
                insert into profile.instance_profile (id, region, capital, agency, address, zone, logo, logo_type, signer_name,
                    signer_nip, signer_position, signer_rank, version)
                values (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)
                on conflict (id) do update set region = excluded.region, capital = excluded.capital, agency = excluded.agency,
                    address = excluded.address, zone = excluded.zone, logo = coalesce(excluded.logo, instance_profile.logo),
                    logo_type = coalesce(excluded.logo_type, instance_profile.logo_type), signer_name = excluded.signer_name,
                    signer_nip = excluded.signer_nip, signer_position = excluded.signer_position,
                    signer_rank = excluded.signer_rank, version = instance_profile.version + 1
                """, p.region(), p.capital(), p.agency(), p.address(), p.zone(), logo, logoType, p.signerName(), p.signerNip(),
                p.signerPosition(), p.signerRank());
        audit.changed(old.isPresent() ? AuditAction.UPDATE : AuditAction.CREATE, "InstanceProfile", "1",
                logo == null ? null : "logo", old.map(ProfileService::values).orElse(Map.of()), values(p));
        cache.set(null);
        // a reader between this save and its commit may have cached the old row again: forget it once committed
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                cache.set(null);
            }
        });
    }

    private static Map<String, Object> values(InstanceProfile p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("region", p.region());
        m.put("capital", p.capital());
        m.put("agency", p.agency());
        m.put("address", p.address());
        m.put("zone", p.zone());
        m.put("signerName", p.signerName());
        m.put("signerNip", p.signerNip());
        m.put("signerPosition", p.signerPosition());
        m.put("signerRank", p.signerRank());
        return m;
    }
}
