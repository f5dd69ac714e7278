package id.merit.employee.domain;

import id.merit.audit.AuditLog;
import id.merit.employee.EmployeeFilter;
import id.merit.employee.EmployeeQueries;
import id.merit.employee.EmployeeRef;
import id.merit.employee.EmployeeView;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.PagedResult;
import id.merit.shared.SearchText;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The scoped reads ({@link EmployeeQueries}): every method applies the current user's {@link EmployeeScope}. */
@Service
@Transactional(readOnly = true)
public class EmployeeQueryService implements EmployeeQueries {
    private final EmployeeRepository employees;
    private final OpdQueries opds;
    private final AuditLog audit;

    EmployeeQueryService(EmployeeRepository employees, OpdQueries opds, AuditLog audit) {
        this.employees = employees;
        this.opds = opds;
        this.audit = audit;
    }

    @Override
    @Transactional // read-write: the view record commits with the request (AuditLog)
    public EmployeeView get(String nip) {
        Employee e = employees.findByNip(nip).orElseThrow(() -> new NotFoundProblem("employee.error.notFound", nip));
        if (!EmployeeScope.of(opds).covers(e.getNip(), e.getOpdId())) {
            throw new AccessDeniedProblem("employee outside scope");
        }
        audit.viewed(EmployeeCommandService.AUDIT_TYPE, e.getNip());
        return EmployeeRecords.view(e, EmployeeRecords.opdMap(opds));
    }

    @Override
    public PagedResult<EmployeeView> search(EmployeeFilter filter, String sort, int page, int size) {
        Page<Employee> result = employees.findAll(spec(filter, EmployeeScope.of(opds), sort),
                PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500), sortOf(sort)));
        Map<Long, OpdView> opdMap = EmployeeRecords.opdMap(opds);
        return PagedResult.of(result, e -> EmployeeRecords.view(e, opdMap));
    }

    /** Scoped: every matching employee (for exports), in the same order as {@link #search}. */
    public List<EmployeeView> searchAll(EmployeeFilter filter, String sort) {
        Map<Long, OpdView> opdMap = EmployeeRecords.opdMap(opds);
        return employees.findAll(spec(filter, EmployeeScope.of(opds), sort), sortOf(sort)).stream()
                .map(e -> EmployeeRecords.view(e, opdMap)).toList();
    }

    @Override
    public boolean canView(EmployeeRef employee) {
        return EmployeeScope.of(opds).covers(employee.nip(), employee.opdId());
    }

    /**
     * The OPD filter includes the OPD's sub-units. Sorting by OPD orders by the OPD's name (then the employee's name and
     * NIP): OPDs live in another module, so their names come in as a ranked CASE over the OPD ids rather than a join.
     */
    private Specification<Employee> spec(EmployeeFilter f, EmployeeScope scope, String sort) {
        Set<Long> opdFilter = f.opdCode() == null || f.opdCode().isBlank() ? null : opds.subtreeIds(f.opdCode());
        Boolean byOpdDescending = "opd".equals(sort) ? Boolean.FALSE : "-opd".equals(sort) ? Boolean.TRUE : null;
        List<Long> opdsByName = byOpdDescending == null ? List.of() : opds.tree().stream()
                .sorted(Comparator.comparing(OpdView::name, String.CASE_INSENSITIVE_ORDER).thenComparing(OpdView::code))
                .map(OpdView::id).toList();
        return (root, query, cb) -> {
            if (byOpdDescending != null && query.getResultType() != Long.class) {
                CriteriaBuilder.SimpleCase<Long, Integer> rank = cb.selectCase(root.get("opdId"));
                for (int i = 0; i < opdsByName.size(); i++) {
                    rank.when(opdsByName.get(i), i);
                }
                Expression<Integer> opdRank = rank.otherwise(Integer.MAX_VALUE);
                query.orderBy(byOpdDescending ? cb.desc(opdRank) : cb.asc(opdRank), cb.asc(cb.lower(root.get("name"))), cb.asc(root.get("nip")));
            }
            List<Predicate> ps = new ArrayList<>();
            if (!scope.all()) {
                List<Predicate> any = new ArrayList<>();
                if (scope.opdIds() != null && !scope.opdIds().isEmpty()) {
                    any.add(root.get("opdId").in(scope.opdIds()));
                }
                if (scope.ownNip() != null) {
                    any.add(cb.equal(root.get("nip"), scope.ownNip()));
                }
                ps.add(any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new)));
            }
            if (!f.includeLeavers()) {
                ps.add(ActiveStaff.of(root, cb));
            }
            if (SearchText.normalize(f.q()) != null) {
                String q = SearchText.normalize(f.q()).toLowerCase();
                ps.add(cb.or(cb.like(cb.lower(root.get("name")), "%" + escape(q) + "%", '\\'), cb.like(root.get("nip"), escape(q) + "%", '\\')));
            }
            if (opdFilter != null) {
                ps.add(opdFilter.isEmpty() ? cb.disjunction() : root.get("opdId").in(opdFilter));
            }
            if (f.type() != null) {
                ps.add(cb.equal(root.get("employeeType"), f.type()));
            }
            if (f.rank() != null && !f.rank().isBlank()) {
                ps.add(cb.equal(root.get("rank"), f.rank()));
            }
            if (f.positionKind() != null) {
                ps.add(cb.equal(root.get("positionKind"), f.positionKind()));
            }
            return cb.and(ps.toArray(Predicate[]::new));
        };
    }

    private static String escape(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** The sort of the page request; unsorted for the OPD order, which {@link #spec} sets. */
    private static Sort sortOf(String sort) {
        String s = sort == null || sort.isBlank() ? "name" : sort;
        boolean desc = s.startsWith("-");
        String key = desc ? s.substring(1) : s;
        if (key.equals("opd")) {
            return Sort.unsorted();
        }
        String property = switch (key) {
            case "nip" -> "nip";
            case "type" -> "employeeType";
            case "rank" -> "rank";
            case "position" -> "positionName";
            default -> "name";
        };
        Sort primary = Sort.by(desc ? Sort.Direction.DESC : Sort.Direction.ASC, property);
        return primary.and(Sort.by("nip"));
    }
}
