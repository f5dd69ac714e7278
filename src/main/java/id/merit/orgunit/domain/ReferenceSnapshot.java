package id.merit.orgunit.domain;

import id.merit.orgunit.OpdView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The OPD tree and the post catalogue kept in memory between changes (issue 7 item 1: under load, every page rebuilt the
 * tree and the catalogue through JPA several times per request — a quarter of the employee page's time).
 *
 * <p>Before each use, one statement computes a fingerprint of both tables in the caller's transaction: the row count and
 * the sum of a hash of each row version's {@code xmin} and {@code ctid}. Any insert, update or delete — through the
 * services, an import, a migration or plain SQL, in this instance or another — changes it once committed, and the
 * snapshot is rebuilt. The fingerprint is read in the same snapshot of the database as the data would be, so a change
 * not yet committed is never mixed in (unlike a sequence advanced by a trigger, which moves before the commit).
 */
@Component
class ReferenceSnapshot {

    private static final String FINGERPRINT = """
            SELECT (SELECT count(*) || ':' || coalesce(sum(hashtextextended(xmin::text || ctid::text, 0)), 0) FROM orgunit.opd)
                || '/' || (SELECT count(*) || ':' || coalesce(sum(hashtextextended(xmin::text || ctid::text, 0)), 0) FROM orgunit.post)""";

    /** The parts derived from the tables at one fingerprint (the tree, the subtrees, the posts), each built on first use. */
    private record Picture(String fingerprint, Map<String, Object> parts) {
    }

    private final JdbcTemplate jdbc;
    private volatile Picture current = new Picture("", new ConcurrentHashMap<>());

    ReferenceSnapshot(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The part named {@code name} as of the tables now, built with {@code load} when either table changed since it was
     * built. The fingerprint is read before the data, so a part is never older than the fingerprint it is kept under.
     */
    @SuppressWarnings("unchecked")
    <T> T get(String name, Supplier<T> load) {
        String fingerprint = jdbc.queryForObject(FINGERPRINT, String.class);
        Picture p = current;
        if (!p.fingerprint().equals(fingerprint)) {
            p = new Picture(fingerprint, new ConcurrentHashMap<>());
            current = p;
        }
        Object part = p.parts().get(name);
        if (part == null) {
            part = load.get();
            p.parts().putIfAbsent(name, part);
        }
        return (T) part;
    }

    /** Each OPD code's own id and the ids of all its sub-units, from a tree in parent-before-child order. */
    static Map<String, Set<Long>> subtrees(List<OpdView> tree) {
        Map<Long, List<Long>> children = new HashMap<>();
        for (OpdView o : tree) {
            if (o.parentId() != null) {
                children.computeIfAbsent(o.parentId(), k -> new ArrayList<>()).add(o.id());
            }
        }
        Map<String, Set<Long>> out = new HashMap<>();
        for (OpdView o : tree) {
            Set<Long> ids = new HashSet<>();
            List<Long> stack = new ArrayList<>(List.of(o.id()));
            while (!stack.isEmpty()) {
                Long id = stack.remove(stack.size() - 1);
                if (ids.add(id)) {
                    stack.addAll(children.getOrDefault(id, List.of()));
                }
            }
            out.put(o.code(), Set.copyOf(ids));
        }
        return Map.copyOf(out);
    }
}
