package id.merit.orgunit.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.orgunit.OpdCodeChanged;
import id.merit.orgunit.OpdCommands;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.shared.BusinessProblem;
import id.merit.shared.NotFoundProblem;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class OpdService implements OpdQueries, OpdCommands {
    private final Clock clock;

    static final String AUDIT_TYPE = "OPD";
    private final OpdRepository repository;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ReferenceSnapshot snapshot;

    OpdService(OpdRepository repository, AuditLog audit, ApplicationEventPublisher events, Clock clock,
               ReferenceSnapshot snapshot) {
        this.clock = clock;
        this.snapshot = snapshot;
        this.repository = repository;
        this.audit = audit;
        this.events = events;
    }

    @Override
    public Optional<OpdView> byCode(String code) {
        return code == null ? Optional.empty() : kept().stream().filter(o -> o.code().equals(code)).findFirst().map(OpdService::flat);
    }

    @Override
    public Optional<OpdView> byId(long id) {
        return kept().stream().filter(o -> o.id() == id).findFirst().map(OpdService::flat);
    }

    /** A single OPD's view as {@link #byCode} gives it: depth is not computed there (0). */
    private static OpdView flat(OpdView o) {
        return new OpdView(o.id(), o.code(), o.name(), o.kind(), o.parentId(), o.parentCode(), o.address(), o.latitude(),
                o.longitude(), 0);
    }

    /** The tree as kept by {@link ReferenceSnapshot} (shared: never handed out without a copy). */
    private List<OpdView> kept() {
        return snapshot.get("tree", () -> List.copyOf(loadTree()));
    }

    @Override
    public List<OpdView> tree() {
        return new ArrayList<>(kept());
    }

    private List<OpdView> loadTree() {
        List<Opd> all = repository.findAll();
        Map<Long, Opd> byId = new HashMap<>();
        Map<Long, List<Opd>> children = new HashMap<>();
        for (Opd o : all) {
            byId.put(o.getId(), o);
        }
        for (Opd o : all) {
            Long parent = o.getParentId() != null && byId.containsKey(o.getParentId()) ? o.getParentId() : null;
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(o);
        }
        List<OpdView> out = new ArrayList<>(all.size());
        walk(null, 0, children, byId, out);
        return out;
    }

    private void walk(Long parent, int depth, Map<Long, List<Opd>> children, Map<Long, Opd> byId, List<OpdView> out) {
        List<Opd> kids = new ArrayList<>(children.getOrDefault(parent, List.of()));
        kids.sort(Comparator.comparing(Opd::getName, String.CASE_INSENSITIVE_ORDER).thenComparing(Opd::getCode));
        for (Opd o : kids) {
            Opd p = o.getParentId() == null ? null : byId.get(o.getParentId());
            out.add(new OpdView(o.getId(), o.getCode(), o.getName(), o.getKind(), o.getParentId(), p == null ? null : p.getCode(),
                    o.getAddress(), o.getLatitude(), o.getLongitude(), depth));
            walk(o.getId(), depth + 1, children, byId, out);
        }
    }

    @Override
    public Set<Long> subtreeIds(String code) {
        Map<String, Set<Long>> subtrees = snapshot.get("subtrees", () -> ReferenceSnapshot.subtrees(kept()));
        return new HashSet<>(subtrees.getOrDefault(code, Set.of()));
    }

    @Override
    @Transactional
    public Outcome upsert(OpdData data) {
        Long parentId = resolveParent(data.parentCode());
        Optional<Opd> existing = repository.findByCode(data.code());
        if (existing.isEmpty()) {
            create(data);
            return Outcome.CREATED;
        }
        Opd opd = existing.get();
        if (sameAs(opd, data, parentId)) {
            return Outcome.UNCHANGED;
        }
        update(opd.getId(), data, opd.getVersion());
        return Outcome.UPDATED;
    }

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public long create(OpdData data) {
        if (repository.existsByCode(data.code())) {
            throw new BusinessProblem("code", "opd.error.codeTaken", data.code());
        }
        Opd opd = new Opd();
        apply(opd, data, resolveParent(data.parentCode()));
        repository.saveAndFlush(opd);
        audit.changed(AuditAction.CREATE, AUDIT_TYPE, opd.getCode(), opd.getName(), null, opd.snapshot(data.parentCode()));
        return opd.getId();
    }

    /** Updates (and moves, when the parent changes) an OPD; {@code expectedVersion} guards against stale forms. */
    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public void update(long id, OpdData data, int expectedVersion) {
        Opd opd = repository.findById(id).orElseThrow(() -> new NotFoundProblem("opd.error.notFound", id));
        if (opd.getVersion() != expectedVersion) {
            throw new BusinessProblem(null, "form.error.stale");
        }
        if (!opd.getCode().equals(data.code()) && repository.existsByCode(data.code())) {
            throw new BusinessProblem("code", "opd.error.codeTaken", data.code());
        }
        Long parentId = resolveParent(data.parentCode());
        if (parentId != null && subtreeIds(opd.getCode()).contains(parentId)) {
            throw new BusinessProblem("parentCode", "opd.error.cycle");
        }
        String oldParent = opd.getParentId() == null ? null : repository.findById(opd.getParentId()).map(Opd::getCode).orElse(null);
        Map<String, Object> before = opd.snapshot(oldParent);
        String oldCode = opd.getCode();
        apply(opd, data, parentId);
        repository.saveAndFlush(opd);
        audit.changed(AuditAction.UPDATE, AUDIT_TYPE, opd.getCode(), opd.getName(), before, opd.snapshot(data.parentCode()));
        if (!oldCode.equals(opd.getCode())) {
            events.publishEvent(new OpdCodeChanged(opd.getId(), oldCode, opd.getCode()));
        }
    }

    public Optional<Integer> version(long id) {
        return repository.findById(id).map(Opd::getVersion);
    }

    private boolean sameAs(Opd o, OpdData d, Long parentId) {
        return o.getName().equals(d.name()) && o.getKind() == d.kind() && Objects.equals(o.getParentId(), parentId)
                && Objects.equals(o.getAddress(), d.address()) && numEq(o.getLatitude(), d.latitude())
                && numEq(o.getLongitude(), d.longitude());
    }

    private static boolean numEq(java.math.BigDecimal a, java.math.BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private void apply(Opd opd, OpdData d, Long parentId) {
        opd.setCode(d.code());
        opd.setName(d.name());
        opd.setKind(d.kind());
        opd.setParentId(parentId);
        opd.setAddress(d.address());
        opd.setLatitude(d.latitude());
        opd.setLongitude(d.longitude());
        opd.setUpdatedAt(OffsetDateTime.now(clock));
    }

    private Long resolveParent(String parentCode) {
        if (parentCode == null || parentCode.isBlank()) {
            return null;
        }
        return repository.findByCode(parentCode).map(Opd::getId)
                .orElseThrow(() -> new BusinessProblem("parentCode", "opd.error.parentUnknown", parentCode));
    }
}
