package id.merit.talent.domain;

import id.merit.assessment.AssessmentQueries;
import id.merit.assessment.AssessmentRecord;
import id.merit.discipline.PunishmentQueries;
import id.merit.discipline.PunishmentRecord;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeRef;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.performance.PerformanceQueries;
import id.merit.performance.SkpPredicate;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.PagedResult;
import id.merit.shared.Role;
import id.merit.shared.SearchText;
import id.merit.talent.rules.BoxMovement;
import id.merit.talent.rules.TalentClassifier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The 9-box of a year for everyone in scope (BKPSDM and the regent: all OPDs or one; an OPD head: their OPD and its
 * sub-units), computed in one pass from bulk reads — the ANNUAL predicates of Y and Y−1, the latest assessment of
 * everyone on or before 31 December, the JP per employee in Y and the punishments decided in Y−1 and Y — through the
 * same {@link TalentClassifier} as the API.
 *
 * <p>The pass runs for everyone and is kept for {@code merit.talent.grid-seconds} (60 s by default): the 9-box page,
 * its drill-down, the succession pages and the regent's dashboard filter the same computed year by scope instead of
 * each repeating the bulk reads (under load, fifty concurrent requests would otherwise each run the pass). One request
 * computes a year while the others wait without holding a database connection (no surrounding transaction: each bulk
 * read is its own); the page names the time of the computation. The per-employee API and section compute live.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
public class TalentGridService implements id.merit.talent.TalentQueries {

    public static final int PAGE_SIZE = 50;
    private final EmployeeDirectory employees;
    private final OpdQueries opds;
    private final PerformanceQueries performance;
    private final AssessmentQueries assessments;
    private final PunishmentQueries punishments;

    private final Clock clock;
    private final Duration reuse;
    private final Map<Integer, Computed> computed = new ConcurrentHashMap<>();
    private final Map<Integer, Object> computing = new ConcurrentHashMap<>();

    /** A year's placements of everyone, and when they were computed. */
    private record Computed(Instant at, List<Placed> all) {
    }

    TalentGridService(EmployeeDirectory employees, OpdQueries opds, PerformanceQueries performance, AssessmentQueries assessments,
                      PunishmentQueries punishments, Clock clock, @Value("${merit.talent.grid-seconds:60}") long reuseSeconds) {
        this.clock = clock;
        this.reuse = Duration.ofSeconds(reuseSeconds);
        this.employees = employees;
        this.opds = opds;
        this.performance = performance;
        this.assessments = assessments;
        this.punishments = punishments;
    }

    /** One placed employee. */
    public record Person(String nip, String name, String opdCode, String opdName, int box, boolean talentPool) {
    }

    /**
     * The grid: {@code counts[box]} people per box (index 1–9), {@code pool} of them in the talent pool, {@code unplaced}
     * measured staff without the inputs, {@code opd} the filter (null: all in scope), {@code choices} the OPDs on offer.
     */
    public record Grid(int year, String opd, long[] counts, long pool, long placed, long unplaced, List<OpdView> choices) {
        public long count(int box) {
            return counts[box];
        }
    }

    public Grid grid(int year, String opd) {
        Scope scope = scope(opd);
        long[] counts = new long[10];
        long pool = 0;
        long unplaced = 0;
        List<Placed> all = compute(year, scope);
        for (Placed p : all) {
            if (p.box() == 0) {
                unplaced++;
            } else {
                counts[p.box()]++;
                pool += p.talentPool() ? 1 : 0;
            }
        }
        return new Grid(year, scope.filter(), counts, pool, all.size() - unplaced, unplaced, scope.choices());
    }

    @Override
    public BoxCounts boxCounts(int year) {
        Grid g = grid(year, null);
        List<Long> counts = new ArrayList<>(9);
        for (int box = 1; box <= 9; box++) {
            counts.add(g.count(box));
        }
        return new BoxCounts(year, List.copyOf(counts), g.placed(), g.pool(), g.unplaced());
    }

    /** The people of one box, by name then NIP; {@code q} filters on name or NIP. */
    public PagedResult<Person> box(int year, int box, String opd, String q, int page) {
        if (box < 1 || box > 9) {
            throw new NotFoundProblem("talent.grid.error.box", String.valueOf(box));
        }
        Scope scope = scope(opd);
        Map<Long, OpdView> opdById = new HashMap<>();
        opds.tree().forEach(o -> opdById.put(o.id(), o));
        String typed = SearchText.normalize(q);
        String needle = typed == null ? null : typed.toLowerCase(Locale.ROOT);
        List<Person> people = new ArrayList<>();
        for (Placed p : compute(year, scope)) {
            if (p.box() != box) {
                continue;
            }
            EmployeeRef e = p.employee();
            if (needle != null && !e.name().toLowerCase(Locale.ROOT).contains(needle) && !e.nip().toLowerCase(Locale.ROOT).contains(needle)) {
                continue;
            }
            OpdView o = opdById.get(e.opdId());
            people.add(new Person(e.nip(), e.name(), o == null ? null : o.code(), o == null ? null : o.name(), p.box(), p.talentPool()));
        }
        people.sort(Comparator.comparing(Person::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Person::nip));
        int size = PAGE_SIZE;
        int from = Math.max(0, Math.min(page, Math.max(0, (people.size() - 1) / size))) * size;
        return new PagedResult<>(people.subList(from, Math.min(people.size(), from + size)), from / size, size, people.size());
    }

    /**
     * The movement from Y−1 to Y of everyone placed in Y (in scope): {@code matrix[from][to]} people in box {@code to}
     * this year who were in box {@code from} last year ({@code from} 0: no box last year), and the totals per direction
     * ({@link BoxMovement}). People placed last year but not this year are not counted (they have no box to move to).
     */
    public record Movement(int year, String opd, long[][] matrix, Map<BoxMovement.Direction, Long> totals) {
        public long count(int from, int to) {
            return matrix[from][to];
        }

        public long total(BoxMovement.Direction d) {
            return totals.getOrDefault(d, 0L);
        }

        /** Everyone in box {@code to} this year. */
        public long into(int to) {
            long n = 0;
            for (long[] row : matrix) {
                n += row[to];
            }
            return n;
        }

        /** Everyone placed this year who came from {@code from}. */
        public long from(int from) {
            long n = 0;
            for (long c : matrix[from]) {
                n += c;
            }
            return n;
        }
    }

    /** One person who moved: last year's box ({@code from} 0: none) and this year's. */
    public record Moved(String nip, String name, String opdCode, String opdName, int from, int to, BoxMovement.Direction direction) {
    }

    public Movement movement(int year, String opd) {
        Scope scope = scope(opd);
        Map<Long, Integer> previous = previousBoxes(year);
        long[][] matrix = new long[10][10];
        Map<BoxMovement.Direction, Long> totals = new java.util.EnumMap<>(BoxMovement.Direction.class);
        for (Placed p : compute(year, scope)) {
            if (p.box() == 0) {
                continue;
            }
            int from = previous.getOrDefault(p.employee().id(), 0);
            matrix[from][p.box()]++;
            totals.merge(BoxMovement.of(from, p.box()), 1L, Long::sum);
        }
        return new Movement(year, scope.filter(), matrix, totals);
    }

    /**
     * The people behind one count of {@link #movement}: those in box {@code to} this year who were in box {@code from}
     * last year (either may be null: any), or those who moved in {@code direction} (null: any), by name then NIP;
     * {@code q} filters on name or NIP.
     */
    public PagedResult<Moved> moved(int year, Integer from, Integer to, BoxMovement.Direction direction, String opd, String q, int page) {
        if (from != null && (from < 0 || from > 9) || to != null && (to < 1 || to > 9)) {
            throw new NotFoundProblem("talent.grid.error.box", String.valueOf(to != null && (to < 1 || to > 9) ? to : from));
        }
        Scope scope = scope(opd);
        Map<Long, Integer> previous = previousBoxes(year);
        Map<Long, OpdView> opdById = new HashMap<>();
        opds.tree().forEach(o -> opdById.put(o.id(), o));
        String typed = SearchText.normalize(q);
        String needle = typed == null ? null : typed.toLowerCase(Locale.ROOT);
        List<Moved> people = new ArrayList<>();
        for (Placed p : compute(year, scope)) {
            if (p.box() == 0) {
                continue;
            }
            int f = previous.getOrDefault(p.employee().id(), 0);
            BoxMovement.Direction d = BoxMovement.of(f, p.box());
            if (from != null && f != from || to != null && p.box() != to || direction != null && d != direction) {
                continue;
            }
            EmployeeRef e = p.employee();
            if (needle != null && !e.name().toLowerCase(Locale.ROOT).contains(needle) && !e.nip().toLowerCase(Locale.ROOT).contains(needle)) {
                continue;
            }
            OpdView o = opdById.get(e.opdId());
            people.add(new Moved(e.nip(), e.name(), o == null ? null : o.code(), o == null ? null : o.name(), f, p.box(), d));
        }
        people.sort(Comparator.comparing(Moved::name, String.CASE_INSENSITIVE_ORDER).thenComparing(Moved::nip));
        int size = PAGE_SIZE;
        int start = Math.max(0, Math.min(page, Math.max(0, (people.size() - 1) / size))) * size;
        return new PagedResult<>(people.subList(start, Math.min(people.size(), start + size)), start / size, size, people.size());
    }

    /** Employee id → box of Y−1 for everyone placed then. */
    private Map<Long, Integer> previousBoxes(int year) {
        Map<Long, Integer> m = new HashMap<>();
        for (Placed p : everyone(year - 1).all()) {
            if (p.box() > 0) {
                m.put(p.employee().id(), p.box());
            }
        }
        return m;
    }

    /** {@code assessment} the latest assessment read for the placement (null when unplaced). */
    public record Placed(EmployeeRef employee, int box, boolean talentPool, AssessmentRecord assessment) {
    }

    /** Not scoped (the caller filters): everyone of {@code ids} (null: everyone) in the talent pool of {@code year}, one bulk pass. */
    public List<Placed> pool(int year, Set<Long> ids) {
        return compute(year, new Scope(ids, null, List.of())).stream().filter(Placed::talentPool).toList();
    }

    /** {@code ids} null: everyone; {@code filter} the OPD code asked for (null: all in scope). */
    private record Scope(Set<Long> ids, String filter, List<OpdView> choices) {
    }

    private Scope scope(String opd) {
        CurrentUser user = CurrentUser.require();
        String filter = opd == null || opd.isBlank() ? null : opd.trim();
        List<OpdView> tree = opds.tree();
        if (user.role() == Role.OPD_HEAD) {
            Set<Long> own = opds.subtreeIds(user.opdCode());
            List<OpdView> choices = tree.stream().filter(o -> own.contains(o.id())).toList();
            if (filter == null) {
                return new Scope(own, null, choices);
            }
            OpdView chosen = choices.stream().filter(o -> o.code().equals(filter)).findFirst()
                    .orElseThrow(() -> new AccessDeniedProblem("OPD outside the OPD head's scope"));
            return new Scope(opds.subtreeIds(chosen.code()), chosen.code(), choices);
        }
        if (filter == null) {
            return new Scope(null, null, tree);
        }
        OpdView chosen = opds.byCode(filter).orElseThrow(() -> new NotFoundProblem("talent.grid.error.opd", filter));
        return new Scope(opds.subtreeIds(chosen.code()), chosen.code(), tree);
    }

    /** When the placements of the year now shown were computed. */
    public Instant computedAt(int year) {
        return everyone(year).at();
    }

    private List<Placed> compute(int year, Scope scope) {
        List<Placed> all = everyone(year).all();
        return scope.ids() == null ? all : all.stream().filter(p -> scope.ids().contains(p.employee().opdId())).toList();
    }

    /** The year's placements of everyone: reused while fresh, else computed by one request while the others wait. */
    private Computed everyone(int year) {
        Computed c = computed.get(year);
        if (fresh(c)) {
            return c;
        }
        synchronized (computing.computeIfAbsent(year, y -> new Object())) {
            c = computed.get(year);
            if (!fresh(c)) {
                c = new Computed(clock.instant(), computeEveryone(year));
                computed.put(year, c);
            }
            return c;
        }
    }

    private boolean fresh(Computed c) {
        return c != null && !clock.instant().isAfter(c.at().plus(reuse));
    }

    private List<Placed> computeEveryone(int year) {
        List<EmployeeRef> staff = employees.allRefs();
        Map<String, SkpPredicate> predicates = performance.annualPredicates(year);
        Map<String, SkpPredicate> previous = performance.annualPredicates(year - 1);
        Map<String, AssessmentRecord> latest = assessments.latestOnOrBefore(LocalDate.of(year, 12, 31));
        Map<Long, Integer> hours = employees.trainingHours(year);
        Map<String, List<PunishmentRecord>> decided = punishments.decidedBetween(LocalDate.of(year - 1, 1, 1), LocalDate.of(year, 12, 31))
                .stream().collect(java.util.stream.Collectors.groupingBy(PunishmentRecord::nip));
        List<Placed> out = new ArrayList<>(staff.size());
        for (EmployeeRef e : staff) {
            if (!TalentClassifier.measured(e.employeeType())) {
                continue;
            }
            TalentClassifier.Result r = TalentClassifier.classify(new TalentClassifier.Inputs(year, e.employeeType(), predicates.get(e.nip()),
                    previous.get(e.nip()), latest.get(e.nip()), hours.getOrDefault(e.id(), 0), decided.getOrDefault(e.nip(), List.of())));
            out.add(new Placed(e, r.placed() ? r.box() : 0, r.talentPool(), r.placed() ? latest.get(e.nip()) : null));
        }
        return out;
    }
}
