package id.merit.audit;

import id.merit.shared.CurrentUser;
import java.sql.Timestamp;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the audit trail. Writes join the caller's transaction, so a change and its audit record
 * commit or roll back together. Views are recorded in their own transaction (a read-only page still logs).
 */
@Service
public class AuditLog {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() { };
    private final JdbcTemplate jdbc;
    private final JsonMapper json = JsonMapper.builder().build();

    public AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(AuditAction action, String entityType, String entityKey, String summary,
                        Map<String, ?> oldValues, Map<String, ?> newValues) {
        insert(action, entityType, entityKey, summary, oldValues, newValues);
    }

    /** Records that the current user looked at a personal record (UU 27/2022 access log). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void viewed(String entityType, String entityKey) {
        insert(AuditAction.VIEW, entityType, entityKey, null, null, null);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void event(AuditAction action, String entityType, String entityKey, String summary) {
        insert(action, entityType, entityKey, summary, null, null);
    }

    /**
     * A login attempt: nobody is logged in yet, so the actor is the name that was typed (cut to the column's size).
     * Joins the caller's transaction, like {@link #changed}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void login(String entityType, String username, String summary) {
        String name = username == null || username.isBlank() ? "-" : username.length() > 64 ? username.substring(0, 64) : username;
        jdbc.update("INSERT INTO audit.audit_event (actor, action, entity_type, entity_key, summary) VALUES (?, ?, ?, ?, ?)",
                name, AuditAction.LOGIN.name(), entityType, name, truncate(summary));
    }

    private void insert(AuditAction action, String type, String key, String summary, Map<String, ?> oldV, Map<String, ?> newV) {
        jdbc.update("INSERT INTO audit.audit_event (actor, action, entity_type, entity_key, summary, old_values, new_values) "
                        + "VALUES (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)",
                CurrentUser.actorName(), action.name(), type, key, truncate(summary), toJson(oldV), toJson(newV));
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> history(String entityType, String entityKey, int limit) {
        return jdbc.query("SELECT id, at, actor, action, entity_type, entity_key, summary, old_values::text, new_values::text "
                        + "FROM audit.audit_event WHERE entity_type = ? AND entity_key = ? ORDER BY at DESC, id DESC LIMIT ?",
                (rs, i) -> new AuditEntry(rs.getLong(1), toOffset(rs.getTimestamp(2)), rs.getString(3),
                        AuditAction.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                        fromJson(rs.getString(8)), fromJson(rs.getString(9))),
                entityType, entityKey, limit);
    }

    private static java.time.OffsetDateTime toOffset(Timestamp ts) {
        return ts.toInstant().atZone(ZoneId.systemDefault()).toOffsetDateTime();
    }

    private String toJson(Map<String, ?> m) {
        return m == null ? null : json.writeValueAsString(m);
    }

    private Map<String, Object> fromJson(String s) {
        return s == null ? null : json.readValue(s, MAP);
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 497) + "...";
    }
}
