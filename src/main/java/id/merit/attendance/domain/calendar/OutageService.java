package id.merit.attendance.domain.calendar;

import id.merit.attendance.domain.DataVersion;
import id.merit.attendance.domain.imports.ImportFields;
import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance outages recorded by BKPSDM (ADMIN, OFFICER): a device or an OPD unit, a date range and a reason. The days
 * of an outage are not covered for the employees mapped to the device or working in the unit (rules-defaults.md "No
 * data is not absence"), so the totals engine counts them as no-data rather than absence. Every change is audited and
 * bumps the data version (cached totals are dropped).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
public class OutageService {

    /** One outage: either {@code deviceSn} or the OPD unit ({@code opdCode}, {@code opdName}) is set. */
    public record Outage(long id, String deviceSn, String opdCode, String opdName, LocalDate startDate, LocalDate endDate,
                         String reason, String createdBy) {
    }

    /** What the form sends: exactly one of {@code deviceSn} and {@code opdCode}. */
    public record OutageData(String deviceSn, String opdCode, LocalDate startDate, LocalDate endDate, String reason) {
    }

    static final String AUDIT_TYPE = "ATTENDANCE_OUTAGE";
    private final JdbcTemplate jdbc;
    private final OpdQueries opds;
    private final DataVersion version;
    private final AuditLog audit;

    OutageService(JdbcTemplate jdbc, OpdQueries opds, DataVersion version, AuditLog audit) {
        this.jdbc = jdbc;
        this.opds = opds;
        this.version = version;
        this.audit = audit;
    }

    /** The outages that overlap {@code year}, latest first. */
    public List<Outage> outages(int year) {
        return find("WHERE end_date >= ? AND start_date <= ? ORDER BY start_date DESC, id DESC", LocalDate.of(year, 1, 1),
                LocalDate.of(year, 12, 31));
    }

    /** The devices the attendance data know (device users), for the form's choice. */
    public List<String> devices() {
        return jdbc.queryForList("SELECT DISTINCT device_sn FROM attendance.device_user ORDER BY device_sn", String.class);
    }

    @Transactional
    public long add(OutageData d) {
        boolean device = d.deviceSn() != null && !d.deviceSn().isBlank();
        boolean unit = d.opdCode() != null && !d.opdCode().isBlank();
        if (device == unit) {
            throw new BusinessProblem("deviceSn", "attendance.outage.deviceOrOpd");
        }
        if (d.endDate().isBefore(d.startDate())) {
            throw new BusinessProblem("endDate", "attendance.outage.endBeforeStart");
        }
        String sn = device ? d.deviceSn().trim() : null;
        if (device && !ImportFields.DEVICE_SN.matcher(sn).matches()) {
            throw new BusinessProblem("deviceSn", "attendance.outage.deviceInvalid", sn);
        }
        OpdView opd = unit ? opds.byCode(d.opdCode().trim()).orElseThrow(() -> new BusinessProblem("opdCode", "opd.error.notFound", d.opdCode()))
                : null;
        Long id = jdbc.queryForObject("""
                INSERT INTO attendance.outage (device_sn, opd_id, start_date, end_date, reason, created_by)
                VALUES (?, ?, ?, ?, ?, ?) RETURNING id""", Long.class,
                sn, opd == null ? null : opd.id(), d.startDate(), d.endDate(), d.reason().trim(), CurrentUser.actorName());
        version.bump();
        audit.changed(AuditAction.CREATE, AUDIT_TYPE, String.valueOf(id), d.reason().trim(), null, snapshot(sn, opd, d));
        return id;
    }

    @Transactional
    public void delete(long id) {
        Outage o = find("WHERE id = ?", id).stream().findFirst().orElseThrow(() -> new NotFoundProblem("attendance.outage.notFound", id));
        jdbc.update("DELETE FROM attendance.outage WHERE id = ?", id);
        version.bump();
        Map<String, Object> old = new LinkedHashMap<>();
        old.put(o.deviceSn() != null ? "deviceSn" : "opd", o.deviceSn() != null ? o.deviceSn() : o.opdCode());
        old.put("startDate", o.startDate().toString());
        old.put("endDate", o.endDate().toString());
        old.put("reason", o.reason());
        audit.changed(AuditAction.DELETE, AUDIT_TYPE, String.valueOf(id), o.reason(), old, null);
    }

    private List<Outage> find(String where, Object... args) {
        return jdbc.query("SELECT id, device_sn, opd_id, start_date, end_date, reason, created_by FROM attendance.outage " + where,
                (rs, i) -> {
                    long opdId = rs.getLong(3);
                    OpdView opd = rs.wasNull() ? null : opds.byId(opdId).orElse(null);
                    return new Outage(rs.getLong(1), rs.getString(2), opd == null ? null : opd.code(), opd == null ? null : opd.name(),
                            rs.getDate(4).toLocalDate(), rs.getDate(5).toLocalDate(), rs.getString(6), rs.getString(7));
                }, args);
    }

    private static Map<String, Object> snapshot(String sn, OpdView opd, OutageData d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(sn != null ? "deviceSn" : "opd", sn != null ? sn : opd.code());
        m.put("startDate", d.startDate().toString());
        m.put("endDate", d.endDate().toString());
        m.put("reason", d.reason().trim());
        return m;
    }
}
