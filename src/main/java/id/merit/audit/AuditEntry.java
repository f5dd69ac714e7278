package id.merit.audit;

import java.time.OffsetDateTime;
import java.util.Map;

/** One audit record; {@code changes} lists field → [old, new] for updates. */
public record AuditEntry(long id, OffsetDateTime at, String actor, AuditAction action, String entityType, String entityKey,
                         String summary, Map<String, Object> oldValues, Map<String, Object> newValues) {

    /** Fields whose value differs between old and new, in the order of the new values. */
    public java.util.List<String> changedFields() {
        java.util.LinkedHashSet<String> keys = new java.util.LinkedHashSet<>();
        if (newValues != null) {
            keys.addAll(newValues.keySet());
        }
        if (oldValues != null) {
            keys.addAll(oldValues.keySet());
        }
        return keys.stream().filter(k -> !java.util.Objects.equals(value(oldValues, k), value(newValues, k))).toList();
    }

    public Object oldValue(String field) {
        return value(oldValues, field);
    }

    public Object newValue(String field) {
        return value(newValues, field);
    }

    private static Object value(Map<String, Object> m, String k) {
        return m == null ? null : m.get(k);
    }
}
