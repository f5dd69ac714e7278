package id.merit.audit;

import id.merit.shared.CurrentUser;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the audit trail. Writes join the caller's transaction, so a change and its audit record
 * commit or roll back together; without a transaction a write runs in its own ({@code REQUIRED}).
 *
 * <p>Never {@code REQUIRES_NEW}: a request already holds one pooled connection, and a second one per request
 * deadlocks the pool under load (issue 7: ten concurrent page views each waited for an eleventh connection).
 * A view or event recorded inside a <em>read-only</em> transaction cannot be inserted there (PostgreSQL refuses
 * INSERT in a {@code READ ONLY} transaction), so it is queued with its time and actor and written by one
 * background writer in batches; the calling request never waits for a connection (UU 27/2022: every view of a
 * personal record is still logged). Services that log views on their main path use a read-write transaction so the
 * record commits with the request. The writer is the single-thread {@code auditWriter} pool ({@code system.TaskExecutorsConfig}),
 * which writes in queue order and, at shutdown, drains what is still queued.
 */
@Service
public class AuditLog {
    private final Clock clock;

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() { };
    private static final String INSERT = "INSERT INTO audit.audit_event (at, actor, action, entity_type, entity_key, summary, old_values, new_values) "
            + "VALUES (coalesce(?, now()), ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb)";
    private final JdbcTemplate jdbc;
    private final TransactionTemplate writerTx;
    /** The application's configured mapper (Spring Boot's {@code JsonMapper} bean). */
    private final JsonMapper json;
    /** Records from read-only transactions, waiting for the writer. */
    private final BlockingQueue<Pending> queued = new LinkedBlockingQueue<>();
    /** One thread: records are written in the order they were queued. */
    private final TaskExecutor writer;

    public AuditLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock, JsonMapper json,
                    @Qualifier("auditWriter") TaskExecutor writer) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.writerTx = new TransactionTemplate(transactions);
        this.json = json;
        this.writer = writer;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(AuditAction action, String entityType, String entityKey, String summary,
                        Map<String, ?> oldValues, Map<String, ?> newValues) {
        insert(action, entityType, entityKey, summary, oldValues, newValues);
    }

    /**
     * The changes of a set-based write, computed by the database: {@code changes} names a temporary table of the
     * caller's transaction with the columns {@code action} (CREATE/UPDATE/DELETE), {@code entity_key}, {@code summary},
     * {@code old_values} and {@code new_values} (jsonb). One {@code INSERT … SELECT} records them all for the current
     * user in the caller's transaction, so a bulk path (the employees import: 100,000 rows) never brings each change
     * through Java and still leaves a record per row with old and new values. Returns the number recorded.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int changedFrom(String entityType, String changes) {
        if (!changes.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a temporary table name: " + changes);
        }
        return jdbc.update("INSERT INTO audit.audit_event (actor, action, entity_type, entity_key, summary, old_values, new_values) "
                + "SELECT ?, action, ?, entity_key, left(summary, 500), old_values, new_values FROM " + changes,
                CurrentUser.actorName(), entityType);
    }

    /** Records that the current user looked at a personal record (UU 27/2022 access log). */
    @Transactional(propagation = Propagation.REQUIRED)
    public void viewed(String entityType, String entityKey) {
        event(AuditAction.VIEW, entityType, entityKey, null);
    }

    /** Records an event (an export, an import, a login); in a read-only transaction it is queued, see the class comment. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void event(AuditAction action, String entityType, String entityKey, String summary) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            queued.add(new Pending(Timestamp.from(Instant.now(clock)), CurrentUser.actorName(), action, entityType, entityKey, truncate(summary)));
            writer.execute(this::writeQueued);
        } else {
            insert(action, entityType, entityKey, summary, null, null);
        }
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
        jdbc.update(INSERT, null, CurrentUser.actorName(), action.name(), type, key, truncate(summary), toJson(oldV), toJson(newV));
    }

    /** Writes what is queued, in one transaction of the writer thread (which holds no other connection). */
    private void writeQueued() {
        List<Pending> batch = new ArrayList<>();
        queued.drainTo(batch);
        if (batch.isEmpty()) {
            return;
        }
        try {
            writerTx.executeWithoutResult(s -> jdbc.batchUpdate(INSERT, batch.stream().map(p -> new Object[] {
                    p.at(), p.actor(), p.action().name(), p.type(), p.key(), p.summary(), null, null}).toList()));
        } catch (RuntimeException e) {
            queued.addAll(batch);
            log.error("Audit records not written yet ({} queued), retrying with the next record or at shutdown", queued.size(), e);
        }
    }

    /** Waits until every record queued before this call is written (shutdown; tests). */
    public void flush() {
        try {
            CompletableFuture.runAsync(this::writeQueued, writer).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("audit records could not be written", e);
        }
    }

    /** Writes what is queued before the pool is shut down (the pool, destroyed after this bean, drains the rest). */
    @PreDestroy
    void shutdown() {
        flush();
        if (!queued.isEmpty()) {
            log.error("{} audit records could not be written before shutdown: {}", queued.size(), queued);
        }
    }

    private record Pending(Timestamp at, String actor, AuditAction action, String type, String key, String summary) {
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
