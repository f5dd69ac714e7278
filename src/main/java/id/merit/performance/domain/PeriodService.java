package id.merit.performance.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.performance.PeriodCommands;
import id.merit.performance.SkpPeriod;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * SKP evaluation periods (issue 12 item 1): BKPSDM opens a year's ANNUAL evaluation or a quarter with a default
 * deadline, closes it, and extends one OPD's deadline with a required reason (audited; every extension is kept).
 * Rating in the workspace is allowed only while the year's ANNUAL period is open ({@link #requireAnnualOpen}).
 */
@Service
@Transactional(readOnly = true)
public class PeriodService implements PeriodCommands {

    static final String AUDIT_PERIOD = "SKP_PERIOD";
    static final String AUDIT_DEADLINE = "SKP_OPD_DEADLINE";

    public record Period(long id, int year, SkpPeriod kind, LocalDate deadline, Instant openedAt, String openedBy,
                         Instant closedAt, String closedBy) {
        public boolean open() {
            return closedAt == null;
        }
    }

    /** One extension of an OPD's deadline, as kept in the history. */
    public record Extension(long opdId, String opdCode, String opdName, LocalDate deadline, String reason, String by, Instant at) {
    }

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final OpdQueries opds;
    private final Clock clock;

    PeriodService(JdbcTemplate jdbc, AuditLog audit, OpdQueries opds, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.opds = opds;
        this.clock = clock;
    }

    public List<Period> periods() {
        return jdbc.query("SELECT * FROM performance.period ORDER BY year DESC, kind", (rs, i) -> period(rs));
    }

    public Optional<Period> find(int year, SkpPeriod kind) {
        return jdbc.query("SELECT * FROM performance.period WHERE year = ? AND kind = ?", (rs, i) -> period(rs), year, kind.name())
                .stream().findFirst();
    }

    public Period get(int year, SkpPeriod kind) {
        return find(year, kind).orElseThrow(() -> new NotFoundProblem("performance.period.notFound", year + " " + kind.name()));
    }

    /** Refuses (BusinessProblem) unless the ANNUAL period of {@code year} is open. */
    public void requireAnnualOpen(int year) {
        Optional<Period> p = find(year, SkpPeriod.ANNUAL);
        if (p.isEmpty()) {
            throw new BusinessProblem(null, "performance.period.notOpened", String.valueOf(year));
        }
        if (!p.get().open()) {
            throw new BusinessProblem(null, "performance.period.closed", String.valueOf(year));
        }
    }

    @Transactional
    public Period open(int year, SkpPeriod kind, LocalDate deadline) {
        if (deadline.getYear() < year) {
            throw new BusinessProblem("deadline", "performance.period.deadlineBeforeYear");
        }
        int n = jdbc.update("""
                INSERT INTO performance.period (year, kind, deadline, opened_at, opened_by) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (year, kind) DO NOTHING
                """, year, kind.name(), deadline, Timestamp.from(clock.instant()), CurrentUser.actorName());
        if (n == 0) {
            throw new BusinessProblem("year", "performance.period.exists", year + " " + kind.name());
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("deadline", deadline.toString());
        audit.changed(AuditAction.CREATE, AUDIT_PERIOD, year + "/" + kind.name(), "SKP " + year + " " + kind.name(), null, after);
        return get(year, kind);
    }

    @Override
    @Transactional
    public boolean openAnnualIfAbsent(int year, LocalDate deadline) {
        if (find(year, SkpPeriod.ANNUAL).isPresent()) {
            return false;
        }
        open(year, SkpPeriod.ANNUAL, deadline);
        return true;
    }

    @Transactional
    public void close(int year, SkpPeriod kind) {
        Period p = get(year, kind);
        if (!p.open()) {
            return;
        }
        jdbc.update("UPDATE performance.period SET closed_at = ?, closed_by = ? WHERE id = ?",
                Timestamp.from(clock.instant()), CurrentUser.actorName(), p.id());
        audit.event(AuditAction.UPDATE, AUDIT_PERIOD, year + "/" + kind.name(), "closed");
    }

    /** The OPD's deadline in the period: its newest extension, else the period's. */
    public LocalDate deadline(Period p, long opdId) {
        List<LocalDate> d = jdbc.query("SELECT deadline FROM performance.opd_deadline WHERE period_id = ? AND opd_id = ? ORDER BY id DESC LIMIT 1",
                (rs, i) -> rs.getObject(1, LocalDate.class), p.id(), opdId);
        return d.isEmpty() ? p.deadline() : d.get(0);
    }

    /**
     * Extends one OPD's deadline (to a later day than its current one) with a required reason. The extension is
     * kept in the period's history and in the audit trail.
     */
    @Transactional
    public void extend(int year, SkpPeriod kind, String opdCode, LocalDate deadline, String reason) {
        Period p = get(year, kind);
        if (!p.open()) {
            throw new BusinessProblem(null, "performance.period.closed", String.valueOf(year));
        }
        OpdView opd = opds.byCode(opdCode).orElseThrow(() -> new BusinessProblem("opd", "performance.period.unknownOpd", opdCode));
        if (reason == null || reason.isBlank()) {
            throw new BusinessProblem("reason", "performance.period.reasonRequired");
        }
        LocalDate before = deadline(p, opd.id());
        if (!deadline.isAfter(before)) {
            throw new BusinessProblem("deadline", "performance.period.notLater", before.toString());
        }
        jdbc.update("INSERT INTO performance.opd_deadline (period_id, opd_id, deadline, reason, extended_by, extended_at) VALUES (?, ?, ?, ?, ?, ?)",
                p.id(), opd.id(), deadline, reason.strip(), CurrentUser.actorName(), Timestamp.from(clock.instant()));
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("deadline", before.toString());
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("deadline", deadline.toString());
        a.put("reason", reason.strip());
        audit.changed(AuditAction.UPDATE, AUDIT_DEADLINE, year + "/" + kind.name() + "/" + opd.code(), reason.strip(), b, a);
    }

    /** Every extension of the period, newest first. */
    public List<Extension> extensions(Period p) {
        return jdbc.query("""
                SELECT d.opd_id, o.code, o.name, d.deadline, d.reason, d.extended_by, d.extended_at
                  FROM performance.opd_deadline d JOIN orgunit.opd o ON o.id = d.opd_id
                 WHERE d.period_id = ? ORDER BY d.id DESC
                """, (rs, i) -> new Extension(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, LocalDate.class),
                rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()), p.id());
    }

    private static Period period(java.sql.ResultSet rs) throws java.sql.SQLException {
        Timestamp closed = rs.getTimestamp("closed_at");
        return new Period(rs.getLong("id"), rs.getInt("year"), SkpPeriod.valueOf(rs.getString("kind")),
                rs.getObject("deadline", LocalDate.class), rs.getTimestamp("opened_at").toInstant(), rs.getString("opened_by"),
                closed == null ? null : closed.toInstant(), rs.getString("closed_by"));
    }
}
