package id.merit.discipline.domain;

import id.merit.orgunit.OpdView;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The OPD tree in memory (one read of {@code OpdQueries.tree()}): sub-trees and top-level units for roll-ups. */
final class OpdTree {
    private final Map<Long, OpdView> byId = new HashMap<>();
    private final Map<Long, List<Long>> children = new HashMap<>();

    OpdTree(List<OpdView> tree) {
        for (OpdView o : tree) {
            byId.put(o.id(), o);
            if (o.parentId() != null) {
                children.computeIfAbsent(o.parentId(), k -> new java.util.ArrayList<>()).add(o.id());
            }
        }
    }

    OpdView get(long id) {
        return byId.get(id);
    }

    Set<Long> all() {
        return new HashSet<>(byId.keySet());
    }

    /** The OPD and all its sub-units. */
    Set<Long> subtree(long id) {
        Set<Long> out = new HashSet<>();
        Deque<Long> todo = new ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            long next = todo.pop();
            if (out.add(next)) {
                todo.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return out;
    }

    /** The top-level unit an OPD belongs to (itself when top-level); the id itself when unknown. */
    long topLevel(long id) {
        OpdView o = byId.get(id);
        Set<Long> seen = new HashSet<>();
        while (o != null && o.parentId() != null && byId.containsKey(o.parentId()) && seen.add(o.id())) {
            o = byId.get(o.parentId());
        }
        return o == null ? id : o.id();
    }
}
