package id.merit.selection.domain;

import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeRef;
import id.merit.employee.PositionKind;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.PagedResult;
import id.merit.shared.Role;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * "Pegawai yang memenuhi syarat": every PNS who meets the conditions of a post kind (JPT Pratama, Administrator,
 * Pengawas) on one day, as one set-based run of the rules over the whole registry (or one OPD's subtree) through
 * {@link EligibilityService#eligibleOn} — each record kind read once for everyone, never one query per employee.
 * ADMIN, OFFICER and REGENT only (the registry of every OPD). A run is kept for {@code merit.selection.eligible.cache-seconds}
 * (default 60) so that paging through it does not repeat it; concurrent callers of the same list wait for one run.
 */
@Service
public class EligibleListService {
    private static final Logger log = LoggerFactory.getLogger(EligibleListService.class);
    public static final Set<PositionKind> KINDS = EnumSet.of(PositionKind.JPT_PRATAMA, PositionKind.ADMINISTRATOR, PositionKind.PENGAWAS);
    static final Set<Role> ROLES = EnumSet.of(Role.ADMIN, Role.OFFICER, Role.REGENT);
    private final EligibilityService eligibility;
    private final EmployeeDirectory directory;
    private final OpdQueries opds;
    private final java.time.Clock clock;
    private final id.merit.shared.KeptValues<Key, Run> runs;

    EligibleListService(EligibilityService eligibility, EmployeeDirectory directory, OpdQueries opds,
                        @Value("${merit.selection.eligible.cache-seconds:60}") long keepSeconds, java.time.Clock clock) {
        this.clock = clock;
        this.eligibility = eligibility;
        this.directory = directory;
        this.opds = opds;
        this.runs = new id.merit.shared.KeptValues<>(Duration.ofSeconds(Math.max(0, keepSeconds)), clock, 64);
    }

    /** One row: the employee and their OPD. */
    public record Row(String nip, String name, String opdCode, String opdName, PositionKind positionKind) {
    }

    /**
     * One page of the list. {@code opd} the OPD code filtered on (null: all), {@code considered} the PNS checked,
     * {@code millis} how long the run took, {@code at} when it ran.
     */
    public record Listing(LocalDate date, PositionKind kind, String opd, List<OpdView> choices, PagedResult<Row> page,
                          long considered, long millis, Instant at) {
    }

    private record Key(LocalDate date, PositionKind kind, String opd) {
    }

    private record Run(List<Row> rows, long considered, long millis, Instant at) {
    }

    /** Today in the instance's zone (the page's default day). */
    public LocalDate today() {
        return eligibility.today();
    }

    public Listing list(LocalDate date, PositionKind kind, String opd, int page, int size) {
        if (!ROLES.contains(CurrentUser.require().role())) {
            throw new AccessDeniedProblem("the list of eligible staff is for ADMIN, OFFICER and REGENT");
        }
        LocalDate d = date == null ? today() : date;
        PositionKind k = kind == null ? PositionKind.JPT_PRATAMA : kind;
        if (!KINDS.contains(k)) {
            throw new NotFoundProblem("selection.eligible.error.kind", k.name());
        }
        String filter = opd == null || opd.isBlank() ? null : opd.trim();
        if (filter != null && opds.byCode(filter).isEmpty()) {
            throw new NotFoundProblem("selection.eligible.error.opd", filter);
        }
        Run run = run(new Key(d, k, filter));
        int p = Math.max(0, page);
        int from = (int) Math.min((long) p * size, run.rows().size());
        int to = Math.min(from + size, run.rows().size());
        return new Listing(d, k, filter, opds.tree(), new PagedResult<>(run.rows().subList(from, to), p, size, run.rows().size()),
                run.considered(), run.millis(), run.at());
    }

    private Run run(Key key) {
        return runs.get(key, () -> compute(key)).value();
    }

    private Run compute(Key key) {
        long start = System.nanoTime();
        List<EmployeeRef> refs = key.opd() == null ? directory.allRefs() : directory.refsInOpds(opds.subtreeIds(key.opd()));
        long considered = refs.stream().filter(e -> e.employeeType() == id.merit.employee.EmployeeType.PNS).count();
        List<EmployeeRef> eligible = eligibility.eligibleOn(refs, key.date(), key.kind());
        Map<Long, OpdView> opdById = new HashMap<>();
        opds.tree().forEach(o -> opdById.put(o.id(), o));
        List<Row> rows = eligible.stream().map(e -> {
            OpdView o = opdById.get(e.opdId());
            return new Row(e.nip(), e.name(), o == null ? "" : o.code(), o == null ? "" : o.name(), e.positionKind());
        }).sorted(Comparator.comparing(Row::opdCode).thenComparing(Row::name).thenComparing(Row::nip)).toList();
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.info("Eligibility {} on {}{}: {} of {} PNS eligible, set-based run {} ms", key.kind(), key.date(),
                key.opd() == null ? "" : " (OPD " + key.opd() + ")", rows.size(), considered, millis);
        return new Run(rows, considered, millis, clock.instant());
    }
}
