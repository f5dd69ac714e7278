package id.merit.employee.web;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditEntry;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * One line of the "Riwayat perubahan" tab: when (in the instance's zone; the page writes it with @fmt.dateTime), who, what,
 * and for each changed field its old and new value.
 */
public record AuditRow(OffsetDateTime at, String actor, AuditAction action, String summary, List<Change> changes) {

    /** Fields whose values are codes with a label in the bundles: field -> message key prefix. */
    private static final Map<String, String> LABELLED = Map.of("gender", "gender.", "employeeType", "employeeType.",
            "positionKind", "positionKind.", "positionLevel", "positionLevel.", "functionalProfession", "functionalProfession.",
            "kind", "trainingKind.");

    /** A changed field; {@code oldValue} is null on creation, {@code newValue} null when a value was removed. */
    public record Change(String field, Object oldValue, Object newValue) {

        /** Message key of the old value's label when the field holds a code (e.g. gender.F), else null. */
        public String oldKey() {
            return labelKey(field, oldValue);
        }

        public String newKey() {
            return labelKey(field, newValue);
        }

        private static String labelKey(String field, Object value) {
            String prefix = LABELLED.get(field);
            return prefix == null || value == null ? null : prefix + value;
        }
    }

    static AuditRow of(AuditEntry e, ZoneId zone) {
        List<Change> changes = e.changedFields().stream()
                .map(f -> new Change(f, e.oldValue(f), e.newValue(f)))
                .toList();
        return new AuditRow(e.at().atZoneSameInstant(zone).toOffsetDateTime(), e.actor(), e.action(), e.summary(), changes);
    }
}
