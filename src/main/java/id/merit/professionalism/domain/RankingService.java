package id.merit.professionalism.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.orgunit.OpdQueries;
import id.merit.professionalism.EmployeeRank;
import id.merit.professionalism.IndexYear;
import id.merit.professionalism.OpdRank;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.PagedResult;
import id.merit.shared.Role;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Rankings of a year read from the stored index (computed on the first request for the year). BKPSDM (ADMIN, OFFICER)
 * and the regent see everything; an OPD head only their OPD and its sub-units — an {@code opd} outside it is refused,
 * no {@code opd} means their own; employees and assessors are refused (the ranking lists other people's scores).
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
public class RankingService {
    static final String AUDIT_TYPE = "PROFESSIONALISM_RANKING";
    public static final int MAX_LIMIT = 10_000;
    private final IndexStore store;
    private final OpdQueries opds;
    private final IpAsnService ipAsn;
    private final AuditLog audit;
    private final List<id.merit.shared.YearFigures> following;
    private final java.util.concurrent.Executor parallel;

    RankingService(IndexStore store, OpdQueries opds, IpAsnService ipAsn, AuditLog audit, List<id.merit.shared.YearFigures> following,
                   @org.springframework.beans.factory.annotation.Qualifier("applicationTaskExecutor") java.util.concurrent.Executor parallel) {
        this.store = store;
        this.opds = opds;
        this.ipAsn = ipAsn;
        this.audit = audit;
        this.following = following;
        this.parallel = parallel;
    }

    /** The employees of the year in the caller's scope (and {@code opdCode}'s subtree when given), best first. */
    public List<EmployeeRank> employees(int year, String opdCode, int limit) {
        return employees(year, opdCode, null, limit);
    }

    /** As above, only holders of {@code positionKind} (a PositionKind code; null: every kind). */
    public List<EmployeeRank> employees(int year, String opdCode, String positionKind, int limit) {
        IndexYear y = prepare(year);
        Set<Long> scope = scope(opdCode);
        List<EmployeeRank> list = store.employees(y.year(), scope, positionKind, 0, Math.max(1, Math.min(limit, MAX_LIMIT)));
        audit.event(AuditAction.VIEW, AUDIT_TYPE, "ranking " + year + (opdCode == null ? "" : " " + opdCode), list.size() + " rows");
        return list;
    }

    /** One page of {@link #employees} for the rankings page. */
    public PagedResult<EmployeeRank> page(int year, String opdCode, int page, int size) {
        return page(year, opdCode, null, page, size);
    }

    /** One page of the ranking of the holders of {@code positionKind} (null: every kind). */
    public PagedResult<EmployeeRank> page(int year, String opdCode, String positionKind, int page, int size) {
        IndexYear y = prepare(year);
        Set<Long> scope = scope(opdCode);
        int p = Math.max(page, 0);
        int s = Math.max(1, Math.min(size, 500));
        List<EmployeeRank> rows = store.employees(y.year(), scope, positionKind, p * s, s);
        return new PagedResult<>(rows, p, s, store.count(y.year(), scope, positionKind));
    }

    /** The OPD league of the year: every top-level OPD for BKPSDM and the regent, an OPD head's own OPD only. */
    public List<OpdRank> opds(int year) {
        IndexYear y = prepare(year);
        List<OpdRank> all = store.opds(y.year());
        CurrentUser user = CurrentUser.require();
        if (user.role() == Role.OPD_HEAD) {
            Set<String> own = opds.subtreeIds(user.opdCode()).stream()
                    .map(id -> opds.byId(id).map(o -> o.code()).orElse("")).collect(java.util.stream.Collectors.toSet());
            return all.stream().filter(r -> own.contains(r.opdCode())).toList();
        }
        return all;
    }

    /** {@link #opds(int)} narrowed to the top-level OPD that holds {@code opdCode} (null: unchanged). */
    public List<OpdRank> opds(int year, String opdCode) {
        List<OpdRank> all = opds(year);
        if (opdCode == null || opdCode.isBlank()) {
            return all;
        }
        Long id = opds.byCode(opdCode.strip()).map(o -> o.id()).orElseThrow(() -> new NotFoundProblem("opd.error.notFound", opdCode));
        return all.stream().filter(r -> opds.subtreeIds(r.opdCode()).contains(id)).toList();
    }

    /** The OPDs the caller may filter the ranking by: all for BKPSDM and the regent, an OPD head's subtree. */
    public List<id.merit.orgunit.OpdView> filterOptions() {
        CurrentUser user = CurrentUser.require();
        List<id.merit.orgunit.OpdView> tree = opds.tree();
        if (user.role() == Role.OPD_HEAD) {
            Set<Long> own = opds.subtreeIds(user.opdCode());
            return tree.stream().filter(o -> own.contains(o.id())).toList();
        }
        return tree;
    }

    /** The stored year's facts (computing it when absent). */
    public IndexYear year(int year) {
        return prepare(year);
    }

    /** Recomputes the year (ADMIN, OFFICER). */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public IndexYear recompute(int year) {
        ipAsn.checkYear(year);
        IndexYear y = store.compute(year);
        audit.event(AuditAction.UPDATE, AUDIT_TYPE, "recompute " + year, y.employees() + " employees in " + y.durationMs() + " ms");
        return y;
    }

    /** The IP ASN of a year and the figures stored with it by other modules (the 9-box), each replaced atomically. */
    public record Recomputed(IndexYear index, List<id.merit.shared.YearFigures.Recomputed> others) {
    }

    /**
     * "Hitung ulang" (ADMIN, OFFICER): the IP ASN of the year and, at the same time on the application's task pool, every
     * other module's figures of the year (the 9-box: independent of the IP ASN), each in its own transaction (readers
     * see each set of figures either before or after, never half a year). Returns when all are stored.
     */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public Recomputed recomputeAll(int year) {
        ipAsn.checkYear(year);
        List<java.util.concurrent.CompletableFuture<id.merit.shared.YearFigures.Recomputed>> running = following.stream()
                .map(f -> java.util.concurrent.CompletableFuture.supplyAsync(() -> f.recompute(year), parallel)).toList();
        IndexYear y;
        try {
            y = recompute(year);
        } finally {
            running.forEach(r -> r.exceptionally(e -> null).join());
        }
        List<id.merit.shared.YearFigures.Recomputed> others = new java.util.ArrayList<>();
        for (java.util.concurrent.CompletableFuture<id.merit.shared.YearFigures.Recomputed> f : running) {
            id.merit.shared.YearFigures.Recomputed r;
            try {
                r = f.join();
            } catch (java.util.concurrent.CompletionException e) {
                throw e.getCause() instanceof RuntimeException re ? re : e;
            }
            audit.event(AuditAction.UPDATE, AUDIT_TYPE, "recompute " + year + " " + r.what(), r.rows() + " employees in " + r.durationMs() + " ms");
            others.add(r);
        }
        return new Recomputed(y, List.copyOf(others));
    }

    private IndexYear prepare(int year) {
        ipAsn.checkYear(year);
        return store.ensure(year);
    }

    /** The OPD ids the caller may rank: null = all. */
    Set<Long> scope(String opdCode) {
        CurrentUser user = CurrentUser.require();
        Set<Long> requested = null;
        if (opdCode != null && !opdCode.isBlank()) {
            requested = opds.subtreeIds(opdCode.strip());
            if (requested.isEmpty()) {
                throw new NotFoundProblem("opd.error.notFound", opdCode);
            }
        }
        return switch (user.role()) {
            case ADMIN, OFFICER, REGENT -> requested;
            case OPD_HEAD -> {
                Set<Long> own = opds.subtreeIds(user.opdCode());
                if (requested != null && !own.containsAll(requested)) {
                    throw new AccessDeniedProblem("OPD outside scope");
                }
                yield requested == null ? own : requested;
            }
            case EMPLOYEE, ASSESSOR -> throw new AccessDeniedProblem("rankings are for BKPSDM, the regent and OPD heads");
        };
    }
}
