package id.merit.discipline.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.discipline.CircularQueries;
import id.merit.discipline.CircularView;
import id.merit.discipline.domain.CircularViews.Detail;
import id.merit.discipline.domain.CircularViews.OpdRate;
import id.merit.discipline.domain.CircularViews.StaffRow;
import id.merit.discipline.domain.CircularViews.Summary;
import id.merit.employee.EmployeeFilter;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeQueries;
import id.merit.employee.EmployeeRef;
import id.merit.employee.EmployeeView;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdStaffCounts;
import id.merit.orgunit.OpdView;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.PagedResult;
import id.merit.shared.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Circulars (surat edaran, mission.md requirement 3): BKPSDM publishes to all staff or to chosen OPDs (with their
 * sub-units); every employee acknowledges with their own account (per NIP); an OPD head may acknowledge on behalf of
 * staff of their OPD after informing them (e.g. at the morning assembly) — recorded as "on behalf" with the head's
 * username. BKPSDM and the regent see the rate per OPD; an OPD head that of their own OPD.
 */
@Service
@Transactional(readOnly = true)
public class CircularService implements CircularQueries {

    static final String AUDIT_TYPE = "CIRCULAR";
    private static final int STAFF_PAGE = 500;
    private final CircularRepository repository;
    private final JdbcTemplate jdbc;
    private final EmployeeQueries employees;
    private final EmployeeDirectory directory;
    private final OpdQueries opds;
    private final OpdStaffCounts staffCounts;
    private final AuditLog audit;

    CircularService(CircularRepository repository, JdbcTemplate jdbc, EmployeeQueries employees, EmployeeDirectory directory,
                    OpdQueries opds,
                    OpdStaffCounts staffCounts, AuditLog audit) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.employees = employees;
        this.directory = directory;
        this.opds = opds;
        this.staffCounts = staffCounts;
        this.audit = audit;
    }

    // ---------------------------------------------------------------- the landing page

    @Override
    public List<CircularView> pendingFor(CurrentUser user) {
        Optional<EmployeeRef> self = user.nip() == null ? Optional.empty() : directory.ref(user.nip());
        boolean head = user.role() == Role.OPD_HEAD && user.opdCode() != null;
        if (self.isEmpty() && !head) {
            return List.of();
        }
        OpdTree tree = new OpdTree(opds.tree());
        Set<Long> acked = self.map(e -> new HashSet<>(jdbc.queryForList(
                "SELECT circular_id FROM discipline.circular_ack WHERE employee_id = ?", Long.class, e.id()))).orElseGet(HashSet::new);
        Set<Long> headScope = head ? opds.subtreeIds(user.opdCode()) : Set.of();
        Map<Long, Long> staff = head ? staffPerOpd() : Map.of();
        List<Circular> all = repository.findAll(Sort.by(Sort.Direction.DESC, "issuedOn").and(Sort.by(Sort.Direction.DESC, "id")));
        Map<Long, Map<Long, Long>> acks = head ? acknowledgementsPerOpd(all) : Map.of();
        List<CircularView> out = new ArrayList<>();
        for (Circular c : all) {
            Set<Long> covered = covered(c, tree);
            boolean mine = self.isPresent() && covered.contains(self.get().opdId()) && !acked.contains(c.getId());
            long staffPending = 0;
            if (head) {
                covered.retainAll(headScope);
                staffPending = Math.max(0, sum(staff, covered) - sum(acks.getOrDefault(c.getId(), Map.of()), covered));
            }
            if (mine || staffPending > 0) {
                out.add(new CircularView(c.getId(), c.getNumber(), c.getIssuedOn(), c.getTitle(), c.getBody(), mine, staffPending));
            }
        }
        return out;
    }

    // ---------------------------------------------------------------- BKPSDM pages

    /** Circulars the user may see: all for BKPSDM and the regent; others those addressed to their OPD (see scope). */
    public PagedResult<Summary> search(int page, int size) {
        OpdTree tree = new OpdTree(opds.tree());
        Map<Long, Long> staff = staffPerOpd();
        Set<Long> scope = scope(CurrentUser.require());
        List<Circular> visible = repository.findAll(Sort.by(Sort.Direction.DESC, "issuedOn").and(Sort.by(Sort.Direction.DESC, "id")))
                .stream().filter(c -> scope == null || intersects(covered(c, tree), scope)).toList();
        PageRequest p = PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 200));
        List<Circular> shown = visible.stream().skip(p.getOffset()).limit(p.getPageSize()).toList();
        Map<Long, Map<Long, Long>> acks = acknowledgementsPerOpd(shown);
        List<Summary> items = shown.stream().map(c -> {
            Set<Long> covered = covered(c, tree);
            if (scope != null) {
                covered.retainAll(scope);
            }
            return new Summary(c.getId(), c.getNumber(), c.getIssuedOn(), c.getTitle(), c.isAllStaff(), targets(c, tree), sum(staff, covered),
                    sum(acks.getOrDefault(c.getId(), Map.of()), covered));
        }).toList();
        return new PagedResult<>(items, p.getPageNumber(), p.getPageSize(), visible.size());
    }

    /** The circular with its acknowledgement rate per OPD (an OPD head: their OPD and sub-units only). */
    public Detail detail(long id) {
        Circular c = require(id);
        CurrentUser user = CurrentUser.require();
        List<OpdView> opdList = opds.tree();
        OpdTree tree = new OpdTree(opdList);
        Set<Long> addressed = covered(c, tree);
        Set<Long> covered = new HashSet<>(addressed);
        Set<Long> scope = scope(user);
        if (scope != null) {
            if (!intersects(addressed, scope)) {
                throw new NotFoundProblem("discipline.circular.error.notFound", id);
            }
            covered.retainAll(scope);
        }
        Map<Long, Long> staff = staffPerOpd();
        Map<Long, long[]> acks = new HashMap<>();
        jdbc.query("SELECT opd_id, count(*), count(*) FILTER (WHERE on_behalf) FROM discipline.circular_ack WHERE circular_id = ? GROUP BY opd_id",
                rs -> {
                    acks.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
                }, id);
        List<OpdRate> rates = new ArrayList<>();
        long totalStaff = 0;
        long totalAck = 0;
        for (OpdView o : opdList) {
            if (!covered.contains(o.id())) {
                continue;
            }
            long n = staff.getOrDefault(o.id(), 0L);
            long[] a = acks.getOrDefault(o.id(), new long[2]);
            if (n == 0 && a[0] == 0) {
                continue;
            }
            rates.add(new OpdRate(o.id(), o.code(), o.name(), o.depth(), n, a[0], a[1]));
            totalStaff += n;
            totalAck += a[0];
        }
        Optional<EmployeeRef> self = user.nip() == null ? Optional.empty() : directory.ref(user.nip());
        boolean mine = self.isPresent() && addressed.contains(self.get().opdId());
        boolean done = self.isPresent() && Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM discipline.circular_ack WHERE circular_id = ? AND employee_id = ?)", Boolean.class, id,
                self.get().id()));
        return new Detail(c.getId(), c.getNumber(), c.getIssuedOn(), c.getTitle(), c.getBody(), c.isAllStaff(), targets(c, tree),
                c.getPublishedBy(), c.getPublishedAt(), rates, totalStaff, totalAck, mine && !done, done);
    }

    /** Staff placed directly in {@code opdCode} who have not acknowledged the circular (BKPSDM, regent, the OPD's head). */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT','OPD_HEAD')")
    public PagedResult<StaffRow> notAcknowledged(long id, String opdCode, int page, int size) {
        Circular c = require(id);
        OpdView opd = opds.byCode(opdCode).orElseThrow(() -> new NotFoundProblem("opd.error.notFound"));
        Set<Long> scope = scope(CurrentUser.require());
        if ((scope != null && !scope.contains(opd.id())) || !covered(c, new OpdTree(opds.tree())).contains(opd.id())) {
            throw new NotFoundProblem("discipline.circular.error.notAddressed");
        }
        Set<Long> acked = new HashSet<>(jdbc.queryForList("SELECT employee_id FROM discipline.circular_ack WHERE circular_id = ?", Long.class, id));
        List<StaffRow> rows = new ArrayList<>();
        EmployeeFilter filter = new EmployeeFilter(null, opd.code(), null, null, null);
        for (int p = 0; ; p++) {
            PagedResult<EmployeeView> batch = employees.search(filter, "name", p, STAFF_PAGE);
            batch.items().stream().filter(e -> e.opdId() == opd.id() && !acked.contains(e.id()))
                    .forEach(e -> rows.add(new StaffRow(e.nip(), e.name(), e.opdName())));
            if (!batch.hasNext()) {
                break;
            }
        }
        int from = Math.min(rows.size(), Math.max(page, 0) * size);
        return new PagedResult<>(rows.subList(from, Math.min(rows.size(), from + size)), Math.max(page, 0), size, rows.size());
    }

    // ---------------------------------------------------------------- writes

    @Transactional
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public long publish(String number, LocalDate issuedOn, String title, String body, boolean allStaff, List<String> opdCodes) {
        Set<Long> targets = new HashSet<>();
        if (allStaff && opdCodes != null && !opdCodes.isEmpty()) {
            // both chosen: say so instead of letting "all staff" silently win over the OPDs picked
            throw new BusinessProblem("opdCodes", "discipline.circular.error.bothTargets");
        }
        if (!allStaff) {
            for (String code : opdCodes == null ? List.<String>of() : opdCodes) {
                targets.add(opds.byCode(code).map(OpdView::id).orElseThrow(() -> new BusinessProblem("opdCodes", "opd.error.unknown", code)));
            }
            if (targets.isEmpty()) {
                throw new BusinessProblem("opdCodes", "discipline.circular.error.noTarget");
            }
        }
        Circular c = new Circular();
        c.setNumber(number.trim());
        c.setIssuedOn(issuedOn);
        c.setTitle(title.trim());
        c.setBody(body.trim());
        c.setAllStaff(allStaff);
        c.setTargetOpdIds(targets);
        c.setPublishedBy(CurrentUser.actorName());
        repository.saveAndFlush(c);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("number", c.getNumber());
        after.put("issuedOn", issuedOn.toString());
        after.put("title", c.getTitle());
        after.put("target", allStaff ? "ALL" : String.join(",", opdCodes));
        audit.changed(AuditAction.CREATE, AUDIT_TYPE, String.valueOf(c.getId()), c.getTitle(), null, after);
        return c.getId();
    }

    /** The user acknowledges for their own NIP (any role whose account carries a NIP of staff addressed). */
    @Transactional
    public void acknowledge(long id) {
        Circular c = require(id);
        CurrentUser user = CurrentUser.require();
        EmployeeRef e = (user.nip() == null ? Optional.<EmployeeRef>empty() : directory.ref(user.nip()))
                .orElseThrow(() -> new BusinessProblem(null, "discipline.circular.error.noNip"));
        if (!covered(c, new OpdTree(opds.tree())).contains(e.opdId())) {
            throw new BusinessProblem(null, "discipline.circular.error.notAddressed");
        }
        insertAck(c, e, user, false);
    }

    /** An OPD head acknowledges on behalf of staff of their OPD (and sub-units) addressed by the circular. */
    @Transactional
    @PreAuthorize("hasRole('OPD_HEAD')")
    public int acknowledgeOnBehalf(long id, List<String> nips) {
        Circular c = require(id);
        CurrentUser user = CurrentUser.require();
        Set<Long> scope = opds.subtreeIds(user.opdCode());
        Set<Long> covered = covered(c, new OpdTree(opds.tree()));
        int n = 0;
        for (String nip : nips == null ? List.<String>of() : nips) {
            EmployeeRef e = directory.ref(nip).orElseThrow(() -> new BusinessProblem("nips", "discipline.inspection.error.nipUnknown", nip));
            if (!scope.contains(e.opdId()) || !covered.contains(e.opdId())) {
                throw new BusinessProblem("nips", "discipline.circular.error.notYourStaff", e.name());
            }
            n += insertAck(c, e, user, true);
        }
        return n;
    }

    private int insertAck(Circular c, EmployeeRef e, CurrentUser user, boolean onBehalf) {
        int n = jdbc.update("INSERT INTO discipline.circular_ack (circular_id, employee_id, nip, opd_id, acknowledged_by, on_behalf) "
                + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING", c.getId(), e.id(), e.nip(), e.opdId(), user.username(), onBehalf);
        if (n > 0) {
            audit.changed(AuditAction.CREATE, AUDIT_TYPE, String.valueOf(c.getId()),
                    (onBehalf ? "acknowledged on behalf of " : "acknowledged by ") + e.nip(), null, null);
        }
        return n;
    }

    // ---------------------------------------------------------------- helpers

    private Circular require(long id) {
        return repository.findById(id).orElseThrow(() -> new NotFoundProblem("discipline.circular.error.notFound", id));
    }

    /** The OPDs a circular is addressed to: every OPD, or the chosen ones with their sub-units (as the tree is now). */
    private static Set<Long> covered(Circular c, OpdTree tree) {
        if (c.isAllStaff()) {
            return tree.all();
        }
        Set<Long> out = new HashSet<>();
        c.getTargetOpdIds().forEach(id -> out.addAll(tree.subtree(id)));
        return out;
    }

    private static List<String> targets(Circular c, OpdTree tree) {
        return c.getTargetOpdIds().stream().map(tree::get).filter(java.util.Objects::nonNull).map(OpdView::name).sorted().toList();
    }

    /**
     * Null: every OPD (BKPSDM and the regent); an OPD head their OPD and its sub-units; an employee their own OPD;
     * an assessor none.
     */
    private Set<Long> scope(CurrentUser user) {
        return switch (user.role()) {
            case ADMIN, OFFICER, REGENT -> null;
            case OPD_HEAD -> opds.subtreeIds(user.opdCode());
            case EMPLOYEE -> user.nip() == null ? Set.of() : directory.ref(user.nip()).map(e -> Set.of(e.opdId())).orElse(Set.of());
            case ASSESSOR -> Set.of();
        };
    }

    /** Circular id → OPD id → acknowledgements, in one query for the circulars shown. */
    private Map<Long, Map<Long, Long>> acknowledgementsPerOpd(List<Circular> circulars) {
        Map<Long, Map<Long, Long>> out = new HashMap<>();
        if (!circulars.isEmpty()) {
            jdbc.query("SELECT circular_id, opd_id, count(*) FROM discipline.circular_ack WHERE circular_id = ANY (?) GROUP BY 1, 2", rs -> {
                out.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getLong(3));
            }, (Object) circulars.stream().map(Circular::getId).toArray(Long[]::new));
        }
        return out;
    }

    private static long sum(Map<Long, Long> perOpd, Set<Long> opdIds) {
        return opdIds.stream().mapToLong(id -> perOpd.getOrDefault(id, 0L)).sum();
    }

    private Map<Long, Long> staffPerOpd() {
        Map<Long, Long> out = new HashMap<>();
        staffCounts.countsByOpdAndType().forEach((opd, byType) -> out.put(opd, byType.values().stream().mapToLong(Long::longValue).sum()));
        return out;
    }

    private static boolean intersects(Set<Long> a, Set<Long> b) {
        return a.stream().anyMatch(b::contains);
    }
}
