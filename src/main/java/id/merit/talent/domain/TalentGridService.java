package id.merit.talent.domain;

import id.merit.assessment.AssessmentPurpose;
import id.merit.assessment.AssessmentRecord;
import id.merit.employee.EmployeeRef;
import id.merit.employee.EmployeeType;
import id.merit.employee.PositionKind;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.PagedResult;
import id.merit.shared.Role;
import id.merit.shared.SearchText;
import id.merit.talent.rules.BoxMovement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The 9-box of a year for everyone in scope (BKPSDM and the regent: all OPDs or one; an OPD head: their OPD and its
 * sub-units), read from the stored placements of the year ({@link TalentStore}, computed and stored on the first read of
 * a year, replaced by "Hitung ulang" and per employee when their records change): counts, drill-downs and the movement
 * since Y−1 are set-based queries on {@code talent.placement}, so a page reads the boxes it shows, not everyone's
 * records.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
public class TalentGridService implements id.merit.talent.TalentQueries {

    public static final int PAGE_SIZE = 50;
    private final TalentStore store;
    private final OpdQueries opds;
    private final JdbcTemplate jdbc;

    TalentGridService(TalentStore store, OpdQueries opds, JdbcTemplate jdbc) {
        this.store = store;
        this.opds = opds;
        this.jdbc = jdbc;
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
        long version = version(year);
        Key key = new Key(year, scope.ids());
        GridFigures f = grids.get(key);
        if (f == null || f.version() != version) {
            long[] counts = new long[10];
            long[] pool = {0};
            Where w = new Where("year = ?", year).opds(scope.ids());
            jdbc.query("SELECT box, count(*), count(*) FILTER (WHERE talent_pool) FROM talent.placement WHERE " + w.sql() + " GROUP BY box",
                    (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                        counts[rs.getInt(1)] = rs.getLong(2);
                        pool[0] += rs.getLong(3);
                    }, w.args());
            f = new GridFigures(version, counts, pool[0]);
            remember(grids, key, f);
        }
        long[] counts = f.counts().clone();
        long unplaced = counts[0];
        counts[0] = 0;
        long placed = 0;
        for (long c : counts) {
            placed += c;
        }
        return new Grid(year, scope.filter(), counts, f.pool(), placed, unplaced, scope.choices());
    }

    /**
     * The grid's and the movement's counts per year and scope, kept while the stored years they were counted from are at
     * the same version (every write to a year's rows advances it, in the writing transaction): one cheap read of the
     * versions per request instead of counting every placement of the year again.
     */
    private record Key(int year, Set<Long> ids) {
    }

    private record GridFigures(long version, long[] counts, long pool) {
    }

    private record MovementFigures(long version, long previousVersion, long[][] matrix, Map<BoxMovement.Direction, Long> totals) {
    }

    private final Map<Key, GridFigures> grids = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<Key, MovementFigures> movements = new java.util.concurrent.ConcurrentHashMap<>();

    private static <V> void remember(Map<Key, V> cache, Key key, V value) {
        if (cache.size() > 500) {
            cache.clear();
        }
        cache.put(key, value);
    }

    /** The stored version of the year, computing and storing the year first when it is not stored. */
    private long version(int year) {
        Long v = store.versions(year).get(year);
        if (v == null) {
            store.ensure(year);
            v = store.versions(year).get(year);
        }
        return v;
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
        store.ensure(year);
        Map<Long, OpdView> opdById = opdById();
        Where w = new Where("year = ? AND box = ?", year, box).opds(scope.ids()).needle(q, "");
        long total = jdbc.queryForObject("SELECT count(*) FROM talent.placement WHERE " + w.sql(), Long.class, w.args());
        int size = PAGE_SIZE;
        int from = Math.max(0, Math.min(page, (int) Math.max(0, (total - 1) / size))) * size;
        List<Person> people = jdbc.query("SELECT nip, name, opd_id, box, talent_pool FROM talent.placement WHERE " + w.sql()
                + " ORDER BY lower(name) COLLATE \"C\", nip LIMIT " + size + " OFFSET " + from, (rs, i) -> {
                    OpdView o = opdById.get(rs.getLong(3));
                    return new Person(rs.getString(1), rs.getString(2), o == null ? null : o.code(), o == null ? null : o.name(), rs.getInt(4),
                            rs.getBoolean(5));
                }, w.args());
        return new PagedResult<>(people, from / size, size, total);
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
        long version = version(year);
        long previousVersion = version(year - 1);
        Key key = new Key(year, scope.ids());
        MovementFigures f = movements.get(key);
        if (f == null || f.version() != version || f.previousVersion() != previousVersion) {
            long[][] matrix = new long[10][10];
            Map<BoxMovement.Direction, Long> totals = new java.util.EnumMap<>(BoxMovement.Direction.class);
            Where w = new Where("c.year = ? AND c.box > 0", year).opds(scope.ids(), "c.");
            List<Object> args = new ArrayList<>(List.of(year - 1));
            args.addAll(List.of(w.args()));
            jdbc.query("SELECT coalesce(p.box, 0), c.box, count(*) FROM talent.placement c" + PREVIOUS + " WHERE " + w.sql() + " GROUP BY 1, 2",
                    (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                        int from = rs.getInt(1);
                        int to = rs.getInt(2);
                        matrix[from][to] = rs.getLong(3);
                        totals.merge(BoxMovement.of(from, to), rs.getLong(3), Long::sum);
                    }, args.toArray());
            f = new MovementFigures(version, previousVersion, matrix, Map.copyOf(totals));
            remember(movements, key, f);
        }
        long[][] matrix = new long[10][];
        for (int i = 0; i < 10; i++) {
            matrix[i] = f.matrix()[i].clone();
        }
        return new Movement(year, scope.filter(), matrix, new java.util.EnumMap<>(f.totals().isEmpty()
                ? new java.util.EnumMap<BoxMovement.Direction, Long>(BoxMovement.Direction.class) : f.totals()));
    }

    /** Last year's placed row of the same employee (alias p), joined to this year's (alias c); the first argument is Y−1. */
    private static final String PREVIOUS = " LEFT JOIN talent.placement p ON p.year = ? AND p.employee_id = c.employee_id AND p.box > 0";

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
        store.ensure(year);
        store.ensure(year - 1);
        Map<Long, OpdView> opdById = opdById();
        // the (from, to) pairs asked for, as from * 10 + to
        List<Integer> pairs = new ArrayList<>();
        for (int f = 0; f <= 9; f++) {
            for (int t = 1; t <= 9; t++) {
                if ((from == null || f == from) && (to == null || t == to) && (direction == null || BoxMovement.of(f, t) == direction)) {
                    pairs.add(f * 10 + t);
                }
            }
        }
        Where w = new Where("c.year = ? AND c.box > 0", year).opds(scope.ids(), "c.").needle(q, "c.")
                .and("coalesce(p.box, 0) * 10 + c.box = ANY (?)", pairs.toArray(Integer[]::new));
        List<Object> args = new ArrayList<>(List.of(year - 1));
        args.addAll(List.of(w.args()));
        String body = " FROM talent.placement c" + PREVIOUS + " WHERE " + w.sql();
        long total = jdbc.queryForObject("SELECT count(*)" + body, Long.class, args.toArray());
        int size = PAGE_SIZE;
        int start = Math.max(0, Math.min(page, (int) Math.max(0, (total - 1) / size))) * size;
        List<Moved> people = jdbc.query("SELECT c.nip, c.name, c.opd_id, coalesce(p.box, 0), c.box" + body
                + " ORDER BY lower(c.name) COLLATE \"C\", c.nip LIMIT " + size + " OFFSET " + start, (rs, i) -> {
                    OpdView o = opdById.get(rs.getLong(3));
                    int f = rs.getInt(4);
                    int t = rs.getInt(5);
                    return new Moved(rs.getString(1), rs.getString(2), o == null ? null : o.code(), o == null ? null : o.name(), f, t,
                            BoxMovement.of(f, t));
                }, args.toArray());
        return new PagedResult<>(people, start / size, size, total);
    }

    private Map<Long, OpdView> opdById() {
        Map<Long, OpdView> m = new HashMap<>();
        opds.tree().forEach(o -> m.put(o.id(), o));
        return m;
    }

    /** A WHERE clause and its arguments, built up by filter. */
    private static final class Where {
        private final StringBuilder sql;
        private final List<Object> args = new ArrayList<>();

        Where(String sql, Object... args) {
            this.sql = new StringBuilder(sql);
            this.args.addAll(List.of(args));
        }

        Where and(String condition, Object arg) {
            sql.append(" AND ").append(condition);
            args.add(arg);
            return this;
        }

        Where opds(Set<Long> ids) {
            return opds(ids, "");
        }

        Where opds(Set<Long> ids, String alias) {
            return ids == null ? this : and(alias + "opd_id = ANY (?)", ids.toArray(Long[]::new));
        }

        /** Name or NIP containing the typed text (case-insensitive), as the pages' filter. */
        Where needle(String q, String alias) {
            String typed = SearchText.normalize(q);
            if (typed == null) {
                return this;
            }
            String needle = typed.toLowerCase(Locale.ROOT);
            sql.append(" AND (strpos(lower(").append(alias).append("name), ?) > 0 OR strpos(lower(").append(alias).append("nip), ?) > 0)");
            args.add(needle);
            args.add(needle);
            return this;
        }

        String sql() {
            return sql.toString();
        }

        Object[] args() {
            return args.toArray();
        }
    }

    /** {@code assessment} the latest assessment read for the placement (null when unplaced). */
    public record Placed(EmployeeRef employee, int box, boolean talentPool, AssessmentRecord assessment) {
    }

    /** Not scoped (the caller filters): everyone of {@code ids} (null: everyone) in the talent pool of {@code year}. */
    public List<Placed> pool(int year, Set<Long> ids) {
        store.ensure(year);
        Where w = new Where("year = ? AND talent_pool", year).opds(ids);
        return jdbc.query("""
                SELECT employee_id, nip, name, employee_type, opd_id, position_kind, birth_date, box, talent_pool, assessment_date,
                       assessment_purpose, jpm, potential_score FROM talent.placement WHERE\s""" + w.sql() + " ORDER BY nip", (rs, i) -> {
            java.sql.Date birth = rs.getDate(7);
            java.sql.Date assessed = rs.getDate(10);
            String kind = rs.getString(6);
            EmployeeRef e = new EmployeeRef(rs.getLong(1), rs.getString(2), rs.getString(3), EmployeeType.valueOf(rs.getString(4)), rs.getLong(5),
                    kind == null ? null : PositionKind.valueOf(kind), birth == null ? null : birth.toLocalDate());
            AssessmentRecord a = assessed == null ? null : new AssessmentRecord(e.nip(), assessed.toLocalDate(),
                    AssessmentPurpose.valueOf(rs.getString(11)), rs.getBigDecimal(12), rs.getBigDecimal(13));
            return new Placed(e, rs.getInt(8), rs.getBoolean(9), a);
        }, w.args());
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

    /** The stored year: when and under which rule version its placements were computed (computing them when absent). */
    public TalentStore.StoredYear stored(int year) {
        return store.ensure(year);
    }

    /** When the placements of the year now shown were computed (computing them when absent). */
    public Instant computedAt(int year) {
        return store.ensure(year).computedAt().toInstant();
    }
}
