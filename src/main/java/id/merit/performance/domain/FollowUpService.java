package id.merit.performance.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.performance.SkpPredicate;
import id.merit.performance.rules.FollowUpPolicy;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The PP 30/2019 Ps 56-58 follow-up of a Kurang or Sangat Kurang ANNUAL predicate as a tracked step: started (or
 * re-dated) whenever such a predicate is saved, cancelled when the predicate becomes a better one, closed by BKPSDM
 * recording the competency test. Writes join the caller's transaction and are audited.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpService {

    static final String AUDIT_TYPE = "SKP_FOLLOW_UP";

    /** One follow-up with its employee; {@code step} is where it stands today. */
    public record FollowUp(long id, long evaluationId, String nip, String name, String opdName, int year, SkpPredicate predicate,
                           LocalDate predicateDate, LocalDate improvementDue, String status, LocalDate testDate, String testResult,
                           FollowUpPolicy.Step step) {
    }

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;
    private final ObjectionSettings settings;

    FollowUpService(JdbcTemplate jdbc, AuditLog audit, Clock clock, ObjectionSettings settings) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    /**
     * After the ANNUAL predicate of evaluation {@code evaluationId} was set to {@code predicate} on {@code on}: a poor
     * predicate starts the follow-up (or restarts it from this day when the earlier one was cancelled or had another
     * predicate); a better one cancels an open follow-up. A follow-up whose test is recorded is left as it is.
     */
    @Transactional
    public void sync(long evaluationId, String nip, SkpPredicate predicate, LocalDate on) {
        List<Object[]> rows = jdbc.query("SELECT status, predicate FROM performance.follow_up WHERE evaluation_id = ? FOR UPDATE",
                (rs, i) -> new Object[] {rs.getString(1), rs.getString(2)}, evaluationId);
        String status = rows.isEmpty() ? null : (String) rows.get(0)[0];
        String actor = CurrentUser.actorName();
        if (FollowUpPolicy.starts(predicate)) {
            if ("TESTED".equals(status) || ("OPEN".equals(status) && predicate.name().equals(rows.get(0)[1]))) {
                return;
            }
            LocalDate due = FollowUpPolicy.improvementDue(on, settings.parameters());
            jdbc.update("""
                    INSERT INTO performance.follow_up (evaluation_id, predicate, predicate_date, improvement_due, status, updated_by)
                    VALUES (?, ?, ?, ?, 'OPEN', ?)
                    ON CONFLICT (evaluation_id) DO UPDATE SET predicate = EXCLUDED.predicate, predicate_date = EXCLUDED.predicate_date,
                        improvement_due = EXCLUDED.improvement_due, status = 'OPEN', updated_at = now(), updated_by = EXCLUDED.updated_by
                    """, evaluationId, predicate.name(), on, due, actor);
            Map<String, Object> values = new LinkedHashMap<>();
            values.put("predicate", predicate.name());
            values.put("predicate_date", on.toString());
            values.put("improvement_due", due.toString());
            audit.changed(status == null ? AuditAction.CREATE : AuditAction.UPDATE, AUDIT_TYPE, nip + "/" + evaluationId,
                    "PP 30/2019 Ps 56-58: " + predicate + ", improvement until " + due, status == null ? null : Map.of("status", status), values);
        } else if ("OPEN".equals(status)) {
            jdbc.update("UPDATE performance.follow_up SET status = 'CANCELLED', updated_at = now(), updated_by = ? WHERE evaluation_id = ?",
                    actor, evaluationId);
            audit.changed(AuditAction.UPDATE, AUDIT_TYPE, nip + "/" + evaluationId, "follow-up cancelled: predicate now " + predicate,
                    Map.of("status", "OPEN"), Map.of("status", "CANCELLED", "predicate", predicate.name()));
        }
    }

    /** The follow-ups of these evaluations, by evaluation id (the employee's page, already scope-checked). */
    public Map<Long, FollowUp> forEvaluations(Collection<Long> evaluationIds) {
        Map<Long, FollowUp> out = new HashMap<>();
        if (evaluationIds.isEmpty()) {
            return out;
        }
        jdbc.query(SELECT + " WHERE f.evaluation_id = ANY (?)", rs -> {
            FollowUp f = followUp(rs);
            out.put(f.evaluationId(), f);
        }, (Object) evaluationIds.toArray(Long[]::new));
        return out;
    }

    /** BKPSDM's list: the follow-ups of {@code year} (all years when null), open ones first by due day. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public List<FollowUp> list(Integer year) {
        return jdbc.query(SELECT + " WHERE (?::int IS NULL OR v.year = ?::int) ORDER BY (f.status <> 'OPEN'), f.improvement_due, e.name",
                (rs, i) -> followUp(rs), year, year);
    }

    /** BKPSDM records the competency test (uji kompetensi) that closes a follow-up; refused before the improvement time ends. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public void recordTest(long id, LocalDate testDate, String result) {
        FollowUp f = jdbc.query(SELECT + " WHERE f.id = ?", (rs, i) -> followUp(rs), id).stream().findFirst()
                .orElseThrow(() -> new NotFoundProblem("performance.followUp.notFound", String.valueOf(id)));
        if (!"OPEN".equals(f.status())) {
            throw new BusinessProblem(null, "performance.followUp.notOpen");
        }
        if (testDate == null || !testDate.isAfter(f.improvementDue()) || testDate.isAfter(LocalDate.now(clock))) {
            throw new BusinessProblem("testDate", "performance.followUp.testDate", f.improvementDue().toString());
        }
        jdbc.update("UPDATE performance.follow_up SET status = 'TESTED', test_date = ?, test_result = ?, updated_at = now(), updated_by = ? "
                + "WHERE id = ? AND status = 'OPEN'", testDate, result.strip(), CurrentUser.actorName(), id);
        audit.changed(AuditAction.UPDATE, AUDIT_TYPE, f.nip() + "/" + f.evaluationId(), "competency test recorded",
                Map.of("status", "OPEN"), Map.of("status", "TESTED", "test_date", testDate.toString(), "test_result", result.strip()));
    }

    private static final String SELECT = """
            SELECT f.id, f.evaluation_id, e.nip, e.name, o.name AS opd_name, v.year, f.predicate, f.predicate_date, f.improvement_due,
                   f.status, f.test_date, f.test_result
              FROM performance.follow_up f
              JOIN performance.evaluation v ON v.id = f.evaluation_id
              JOIN employee.employee e ON e.id = v.employee_id
              LEFT JOIN orgunit.opd o ON o.id = e.opd_id""";

    private FollowUp followUp(ResultSet rs) throws SQLException {
        String status = rs.getString("status");
        LocalDate due = rs.getObject("improvement_due", LocalDate.class);
        FollowUpPolicy.Step step = switch (status) {
            case "TESTED" -> FollowUpPolicy.Step.TESTED;
            case "CANCELLED" -> FollowUpPolicy.Step.CANCELLED;
            default -> FollowUpPolicy.step(due, LocalDate.now(clock));
        };
        return new FollowUp(rs.getLong("id"), rs.getLong("evaluation_id"), rs.getString("nip"), rs.getString("name"),
                rs.getString("opd_name"), rs.getInt("year"), SkpPredicate.valueOf(rs.getString("predicate")),
                rs.getObject("predicate_date", LocalDate.class), due, status, rs.getObject("test_date", LocalDate.class),
                rs.getString("test_result"), step);
    }
}
