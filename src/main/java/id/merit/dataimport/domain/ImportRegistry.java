package id.merit.dataimport.domain;

import id.merit.dataimport.ImportHandler;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Every {@link ImportHandler} bean of the application (this module's master-data kinds and whatever other modules
 * contribute, e.g. attendance), by kind. Two handlers for one kind stop the start-up.
 */
@Component
public class ImportRegistry {

    /** Display order: the order of interchange.md §2, i.e. the order in which files are imported. */
    static final List<String> ORDER = List.of("opds", "posts", "employees", "positions", "education", "trainings", "performance", "skp-plans",
            "punishments", "assessments", "absences", "holidays", "device-users", "attendance", "attlog");

    private final Map<String, ImportHandler> byKind = new LinkedHashMap<>();

    public ImportRegistry(List<ImportHandler> handlers) {
        List<ImportHandler> sorted = new ArrayList<>(handlers);
        sorted.sort(Comparator.comparingInt((ImportHandler h) -> rank(h.kind())).thenComparing(ImportHandler::kind));
        for (ImportHandler h : sorted) {
            ImportHandler clash = byKind.putIfAbsent(h.kind(), h);
            if (clash != null) {
                throw new IllegalStateException("Two import handlers for kind '" + h.kind() + "': "
                        + clash.getClass().getName() + " and " + h.getClass().getName());
            }
        }
    }

    private static int rank(String kind) {
        int i = ORDER.indexOf(kind);
        return i < 0 ? ORDER.size() : i;
    }

    public Optional<ImportHandler> find(String kind) {
        return Optional.ofNullable(kind == null ? null : byKind.get(kind));
    }

    /** All kinds in import order. */
    public List<ImportHandler> all() {
        return List.copyOf(byKind.values());
    }
}
