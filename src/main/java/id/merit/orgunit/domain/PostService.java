package id.merit.orgunit.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.orgunit.ActingKind;
import id.merit.orgunit.ActingOfficial;
import id.merit.orgunit.Competencies;
import id.merit.orgunit.OpdCommands.Outcome;
import id.merit.orgunit.PostCommands;
import id.merit.orgunit.PostQueries;
import id.merit.orgunit.PostView;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The post catalogue: create, edit, move (new OPD or new superior), retire, acting officials. Every change is
 * audited with its before and after values (the post's history). Scope: BKPSDM (ADMIN, OFFICER) everything, the
 * regent reads everything, an OPD head reads and edits only the posts of their OPD and its sub-units.
 */
@Service
@Transactional(readOnly = true)
public class PostService implements PostQueries, PostCommands {
    private final Clock clock;

    static final String AUDIT_TYPE = "POST";
    private final PostRepository posts;
    private final OpdRepository opds;
    private final OpdService opdService;
    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final ReferenceSnapshot snapshot;

    PostService(PostRepository posts, OpdRepository opds, OpdService opdService, JdbcTemplate jdbc, AuditLog audit, Clock clock,
                ReferenceSnapshot snapshot) {
        this.clock = clock;
        this.snapshot = snapshot;
        this.posts = posts;
        this.opds = opds;
        this.opdService = opdService;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    // ------------------------------------------------------------------ internal queries

    @Override
    public Optional<PostView> byCode(String code) {
        return code == null ? Optional.empty() : kept().stream().filter(p -> p.code().equals(code)).findFirst();
    }

    /** Every post (code order) as kept by {@link ReferenceSnapshot} until the catalogue or an OPD changes. */
    private List<PostView> kept() {
        return snapshot.get("posts", () -> List.copyOf(views(posts.findAll())));
    }

    @Override
    public List<PostView> all() {
        return new java.util.ArrayList<>(kept());
    }

    @Override
    public List<PostView> active() {
        return kept().stream().filter(p -> p.retiredOn() == null).collect(java.util.stream.Collectors.toList());
    }

    @Override
    public List<ActingOfficial> actingOfficials() {
        return jdbc.query("SELECT a.id, p.code, a.nip, a.kind, a.start_date, a.end_date FROM orgunit.post_acting a "
                        + "JOIN orgunit.post p ON p.id = a.post_id ORDER BY a.start_date, a.id",
                (rs, i) -> new ActingOfficial(rs.getLong(1), rs.getString(2), rs.getString(3),
                        ActingKind.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class)));
    }

    // ------------------------------------------------------------------ scoped reads

    /** Scoped: the posts (retired ones too) of this OPD and its sub-units, by OPD then superior chain order. */
    public List<PostView> forOpd(String opdCode) {
        Opd opd = opds.findByCode(opdCode).orElseThrow(() -> new NotFoundProblem("opd.error.notFound", opdCode));
        requireReadable(opd.getId());
        Set<Long> subtree = opdService.subtreeIds(opdCode);
        return views(posts.findByOpdIdIn(subtree));
    }

    /** Scoped: one post. */
    public PostView get(String code) {
        Post p = posts.findByCode(code).orElseThrow(() -> new NotFoundProblem("post.error.notFound", code));
        requireReadable(p.getOpdId());
        return views(List.of(p)).get(0);
    }

    public int version(String code) {
        return posts.findByCode(code).map(Post::getVersion).orElse(0);
    }

    // ------------------------------------------------------------------ writes

    @Override
    @Transactional
    public Outcome upsert(PostData data) {
        Optional<Post> existing = posts.findByCode(data.code());
        if (existing.isEmpty()) {
            insert(data);
            return Outcome.CREATED;
        }
        Post p = existing.get();
        PostData merged = data.competencies() == null ? withCompetencies(data, p.competencies()) : data;
        if (sameAs(p, merged) && p.getRetiredOn() == null) {
            return Outcome.UNCHANGED;
        }
        change(p, merged, AuditAction.UPDATE);
        return Outcome.UPDATED;
    }

    /** Scoped: a new post. */
    @Transactional
    public long create(PostData data) {
        if (posts.findByCode(data.code()).isPresent()) {
            throw new BusinessProblem("code", "post.error.codeTaken", data.code());
        }
        requireEditable(opdId(data.opdCode()));
        return insert(data).getId();
    }

    /** Scoped: edits, and moves (another OPD or another superior) a post; the version guards against stale forms. */
    @Transactional
    public void update(String code, PostData data, int expectedVersion) {
        Post p = posts.findByCode(code).orElseThrow(() -> new NotFoundProblem("post.error.notFound", code));
        requireEditable(p.getOpdId());
        requireEditable(opdId(data.opdCode()));
        if (p.getVersion() != expectedVersion) {
            throw new BusinessProblem(null, "form.error.stale");
        }
        if (!code.equals(data.code())) {
            throw new BusinessProblem("code", "post.error.codeFixed");
        }
        change(p, data, AuditAction.UPDATE);
    }

    /** Scoped: retires a post; refused while active posts still report to it. The post and its history stay. */
    @Transactional
    public void retire(String code, LocalDate on) {
        Post p = posts.findByCode(code).orElseThrow(() -> new NotFoundProblem("post.error.notFound", code));
        requireEditable(p.getOpdId());
        boolean hasSubordinates = posts.findByRetiredOnIsNull().stream().anyMatch(s -> p.getId().equals(s.getSuperiorId()));
        if (hasSubordinates) {
            throw new BusinessProblem(null, "post.error.hasSubordinates", code);
        }
        Map<String, Object> before = snapshot(p);
        p.setRetiredOn(on);
        p.setUpdatedAt(OffsetDateTime.now(clock));
        posts.saveAndFlush(p);
        audit.changed(AuditAction.UPDATE, AUDIT_TYPE, p.getCode(), "retired " + p.getName(), before, snapshot(p));
    }

    /** Scoped: records a Plt/Plh on a post. */
    @Transactional
    public void addActing(String postCode, String nip, ActingKind kind, LocalDate start, LocalDate end) {
        Post p = posts.findByCode(postCode).orElseThrow(() -> new NotFoundProblem("post.error.notFound", postCode));
        requireEditable(p.getOpdId());
        if (end != null && end.isBefore(start)) {
            throw new BusinessProblem("endDate", "post.error.endBeforeStart");
        }
        jdbc.update("INSERT INTO orgunit.post_acting (post_id, nip, kind, start_date, end_date) VALUES (?, ?, ?, ?, ?)",
                p.getId(), nip, kind.name(), start, end);
        Map<String, Object> added = new java.util.LinkedHashMap<>();
        added.put("nip", nip);
        added.put("kind", kind.name());
        added.put("startDate", start.toString());
        added.put("endDate", end == null ? null : end.toString());
        audit.changed(AuditAction.UPDATE, AUDIT_TYPE, p.getCode(), kind.name() + " " + nip, null, added);
    }

    private Post insert(PostData data) {
        Post p = new Post();
        p.setCode(data.code());
        apply(p, data);
        posts.saveAndFlush(p);
        audit.changed(AuditAction.CREATE, AUDIT_TYPE, p.getCode(), p.getName(), null, snapshot(p));
        return p;
    }

    private void change(Post p, PostData data, AuditAction action) {
        Map<String, Object> before = snapshot(p);
        apply(p, data);
        p.setRetiredOn(null);
        posts.saveAndFlush(p);
        audit.changed(action, AUDIT_TYPE, p.getCode(), p.getName(), before, snapshot(p));
    }

    private void apply(Post p, PostData d) {
        Long superiorId = superiorId(d.superiorCode());
        if (superiorId != null && p.getId() != null && reportsTo(superiorId, p.getId())) {
            throw new BusinessProblem("superiorCode", "post.error.cycle");
        }
        if (d.slots() < 1) {
            throw new BusinessProblem("slots", "post.error.slots");
        }
        p.setOpdId(opdId(d.opdCode()));
        p.setName(d.name());
        p.setPositionKind(d.positionKind());
        p.setPositionLevel(d.positionLevel());
        p.setSuperiorId(superiorId);
        p.setSlots(d.slots());
        p.setKeyPost(d.keyPost());
        p.competencies(d.competencies() == null ? p.competencies() : d.competencies());
        p.setUpdatedAt(OffsetDateTime.now(clock));
    }

    /** Whether {@code postId} is {@code start} or above it in the superior chain. */
    private boolean reportsTo(long start, long postId) {
        Map<Long, Long> up = new HashMap<>();
        posts.findAll().forEach(x -> up.put(x.getId(), x.getSuperiorId()));
        Long at = start;
        for (int steps = 0; at != null && steps <= up.size(); steps++) {
            if (at == postId) {
                return true;
            }
            at = up.get(at);
        }
        return false;
    }

    private boolean sameAs(Post p, PostData d) {
        return p.getOpdId().equals(opdId(d.opdCode())) && p.getName().equals(d.name())
                && p.getPositionKind().equals(d.positionKind()) && Objects.equals(p.getPositionLevel(), d.positionLevel())
                && Objects.equals(p.getSuperiorId(), superiorId(d.superiorCode())) && p.getSlots() == d.slots()
                && p.isKeyPost() == d.keyPost() && p.competencies().equals(d.competencies());
    }

    private static PostData withCompetencies(PostData d, Competencies c) {
        return new PostData(d.code(), d.opdCode(), d.name(), d.positionKind(), d.positionLevel(), d.superiorCode(),
                d.slots(), d.keyPost(), c);
    }

    private long opdId(String opdCode) {
        return opds.findByCode(opdCode).map(Opd::getId)
                .orElseThrow(() -> new BusinessProblem("opdCode", "opd.error.notFound", opdCode));
    }

    private Long superiorId(String superiorCode) {
        if (superiorCode == null || superiorCode.isBlank()) {
            return null;
        }
        return posts.findByCode(superiorCode).map(Post::getId)
                .orElseThrow(() -> new BusinessProblem("superiorCode", "post.error.superiorUnknown", superiorCode));
    }

    private Map<String, Object> snapshot(Post p) {
        String opdCode = opds.findById(p.getOpdId()).map(Opd::getCode).orElse(null);
        String superior = p.getSuperiorId() == null ? null : posts.findById(p.getSuperiorId()).map(Post::getCode).orElse(null);
        return p.snapshot(opdCode, superior);
    }

    private List<PostView> views(List<Post> list) {
        Map<Long, Opd> opdById = new HashMap<>();
        opds.findAllById(list.stream().map(Post::getOpdId).distinct().toList()).forEach(o -> opdById.put(o.getId(), o));
        Map<Long, String> codeById = new HashMap<>();
        List<Long> superiors = list.stream().map(Post::getSuperiorId).filter(Objects::nonNull).distinct().toList();
        posts.findAllById(superiors).forEach(s -> codeById.put(s.getId(), s.getCode()));
        return list.stream().sorted(Comparator.comparing(Post::getCode)).map(p -> {
            Opd o = opdById.get(p.getOpdId());
            return new PostView(p.getId(), p.getCode(), p.getOpdId(), o.getCode(), o.getName(), p.getName(),
                    p.getPositionKind(), p.getPositionLevel(), codeById.get(p.getSuperiorId()), p.getSlots(),
                    p.isKeyPost(), p.competencies(), p.getRetiredOn());
        }).toList();
    }

    // ------------------------------------------------------------------ scope

    private void requireReadable(long opdId) {
        CurrentUser.get().ifPresent(u -> {
            switch (u.role()) {
                case ADMIN, OFFICER, REGENT -> { }
                case OPD_HEAD -> requireOwnOpd(u, opdId);
                case EMPLOYEE, ASSESSOR -> throw new AccessDeniedProblem("posts not in scope");
            }
        });
    }

    private void requireEditable(long opdId) {
        CurrentUser.get().ifPresent(u -> {
            switch (u.role()) {
                case ADMIN, OFFICER -> { }
                case OPD_HEAD -> requireOwnOpd(u, opdId);
                case REGENT, EMPLOYEE, ASSESSOR -> throw new AccessDeniedProblem("posts not editable");
            }
        });
    }

    private void requireOwnOpd(CurrentUser u, long opdId) {
        if (!opdService.subtreeIds(u.opdCode()).contains(opdId)) {
            throw new AccessDeniedProblem("post outside the OPD head's scope");
        }
    }
}
