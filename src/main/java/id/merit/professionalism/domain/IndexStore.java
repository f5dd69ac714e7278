package id.merit.professionalism.domain;

import id.merit.discipline.PunishmentQueries;
import id.merit.discipline.PunishmentRecord;
import id.merit.employee.EducationRecord;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeRef;
import id.merit.employee.FunctionalProfession;
import id.merit.employee.PositionRecord;
import id.merit.employee.TrainingKind;
import id.merit.employee.TrainingRecord;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.performance.PerformanceQueries;
import id.merit.performance.SkpPredicate;
import id.merit.professionalism.EmployeeRank;
import id.merit.professionalism.IndexYear;
import id.merit.professionalism.OpdRank;
import id.merit.professionalism.rules.IpAsnCalculator;
import id.merit.professionalism.rules.IpAsnCategory;
import id.merit.professionalism.rules.IpAsnDimension;
import id.merit.professionalism.rules.IpAsnInput;
import id.merit.professionalism.rules.IpAsnParameters;
import id.merit.professionalism.rules.IpAsnResult;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored IP ASN of every measured employee per year ({@code professionalism.index}): computed in one pass from
 * bulk reads (one query per kind of record, not per employee), written with COPY, and replaced per year in one
 * transaction under an advisory lock — readers see the previous figures until it commits, never half a year.
 */
@Service
public class IndexStore {
    private static final Logger log = LoggerFactory.getLogger(IndexStore.class);
    /** Advisory-lock key space of this module (plus the year). */
    private static final long LOCK = 0x1A5A_0000_0000L;
    private final JdbcTemplate jdbc;
    private final EmployeeDirectory employees;
    private final PerformanceQueries performance;
    private final PunishmentQueries punishments;
    private final OpdQueries opds;
    private final IpAsnRuleSets ruleSets;
    private final Clock clock;

    IndexStore(JdbcTemplate jdbc, EmployeeDirectory employees, PerformanceQueries performance, PunishmentQueries punishments, OpdQueries opds,
               IpAsnRuleSets ruleSets, Clock clock) {
        this.jdbc = jdbc;
        this.employees = employees;
        this.performance = performance;
        this.punishments = punishments;
        this.opds = opds;
        this.ruleSets = ruleSets;
        this.clock = clock;
    }

    /** The stored year, if it has been computed. */
    @Transactional(readOnly = true)
    public Optional<IndexYear> year(int year) {
        return jdbc.query("SELECT year, rule_set, rule_set_effective_from, employees, computed_at, duration_ms FROM professionalism.index_year"
                + " WHERE year = ?", (rs, i) -> new IndexYear(rs.getInt(1), rs.getString(2), rs.getDate(3).toLocalDate(), rs.getInt(4),
                rs.getObject(5, OffsetDateTime.class), rs.getLong(6)), year).stream().findFirst();
    }

    /** Computes the year unless it is stored already (the first request for a year's rankings). */
    @Transactional
    public IndexYear ensure(int year) {
        Optional<IndexYear> stored = year(year);
        if (stored.isPresent()) {
            return stored.get();
        }
        lock(year);
        return year(year).orElseGet(() -> computeLocked(year));
    }

    /** Recomputes the year for everyone and replaces the stored figures atomically. */
    @Transactional
    public IndexYear compute(int year) {
        lock(year);
        return computeLocked(year);
    }

    private void lock(int year) {
        jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> { }, LOCK + year);
    }

    /** What one pass hands over per measured employee: the employee, the post held at the year's end and the result. */
    interface ResultSink {
        void accept(EmployeeRef employee, IpAsnInput.HeldPosition position, IpAsnResult result);
    }

    /**
     * The IP ASN of every measured employee for {@code year} under {@code params}, from bulk reads (one query per kind of
     * record), handed to {@code sink} one by one; nothing is stored. Returns the time the reads took, in nanoseconds.
     */
    long calculateAll(int year, IpAsnParameters params, ResultSink sink) {
        long t0 = System.nanoTime();
        IpAsnCalculator calculator = new IpAsnCalculator(params);
        LocalDate yearEnd = LocalDate.of(year, 12, 31);
        LocalDate trainingFrom = LocalDate.of(year - params.trainingWindowYears() + 1, 1, 1);
        LocalDate disciplineFrom = LocalDate.of(year - params.disciplineWindowYears() + 1, 1, 1);

        List<EmployeeRef> refs = employees.allRefs();
        Map<Long, EducationRecord> education = employees.highestEducation();
        Map<Long, PositionRecord> held = employees.positionsHeldOn(yearEnd);
        Map<Long, List<TrainingRecord>> trainings = employees.trainingsEndingBetween(trainingFrom, yearEnd,
                Set.of(TrainingKind.KEPEMIMPINAN, TrainingKind.FUNGSIONAL));
        Map<Long, FunctionalProfession> professions = employees.functionalProfessions();
        Map<String, SkpPredicate> predicates = performance.annualPredicates(year);
        Map<String, List<IpAsnInput.Punishment>> punished = new HashMap<>();
        for (PunishmentRecord p : punishments.decidedBetween(disciplineFrom, yearEnd)) {
            punished.computeIfAbsent(p.nip(), k -> new ArrayList<>()).add(IpAsnService.punishment(p));
        }
        long tRead = System.nanoTime();
        for (EmployeeRef e : refs) {
            if (!calculator.applies(e.employeeType())) {
                continue;
            }
            EducationRecord edu = education.get(e.id());
            IpAsnInput.HeldPosition position = IpAsnService.held(held.get(e.id()), e.positionKind(), null, null);
            sink.accept(e, position, calculator.calculate(new IpAsnInput(year, edu == null ? List.of() : List.of(edu), position,
                    professions.get(e.id()), trainings.getOrDefault(e.id(), List.of()), predicates.get(e.nip()),
                    punished.getOrDefault(e.nip(), List.of()))));
        }
        return tRead - t0;
    }

    private IndexYear computeLocked(int year) {
        long t0 = System.nanoTime();
        IpAsnParameters params = ruleSets.forYear(year);
        Map<Long, Long> top = topLevel(opds.tree());
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        StringBuilder csv = new StringBuilder(160_000);
        Map<Long, BigDecimal> sumByTop = new HashMap<>();
        Map<Long, Integer> countByTop = new HashMap<>();
        String rowTail = ',' + quote(params.label()) + ',' + params.effectiveFrom() + ',' + now + '\n';
        int[] counter = {0};
        long readNanos = calculateAll(year, params, (e, position, r) -> {
            csv.append(year).append(',').append(e.id()).append(',').append(quote(e.nip())).append(',').append(quote(e.name()))
                    .append(',').append(e.opdId()).append(',').append(top.getOrDefault(e.opdId(), e.opdId())).append(',')
                    .append(position == null ? "" : position.kind().name()).append(',')
                    .append(r.qualification().toPlainString()).append(',').append(r.competency().toPlainString()).append(',')
                    .append(r.performance().toPlainString()).append(',').append(r.discipline().toPlainString()).append(',')
                    .append(r.total().toPlainString()).append(',').append(r.category().name()).append(',')
                    .append(quote(r.missingData().stream().map(IpAsnDimension::name).collect(Collectors.joining(" "))))
                    .append(rowTail);
            long topId = top.getOrDefault(e.opdId(), e.opdId());
            sumByTop.merge(topId, r.total(), BigDecimal::add);
            countByTop.merge(topId, 1, Integer::sum);
            counter[0]++;
        });
        int count = counter[0];
        long tRead = t0 + readNanos;
        long tCompute = System.nanoTime();
        jdbc.update("DELETE FROM professionalism.index WHERE year = ?", year);
        jdbc.execute((ConnectionCallback<Long>) con -> {
            try {
                return con.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                        COPY professionalism.index (year, employee_id, nip, name, opd_id, top_opd_id, position_kind, qualification,
                             competency, performance, discipline, total, category, missing_data, rule_set, rule_set_effective_from,
                             computed_at) FROM STDIN (FORMAT csv)""", new StringReader(csv.toString()));
            } catch (java.io.IOException ex) {
                throw new IllegalStateException("COPY of professionalism.index failed", ex);
            }
        });
        jdbc.update("DELETE FROM professionalism.opd_index WHERE year = ?", year);
        List<Object[]> league = new ArrayList<>();
        sumByTop.forEach((opdId, sum) -> {
            int n = countByTop.get(opdId);
            league.add(new Object[] {year, opdId, n, sum, sum.divide(BigDecimal.valueOf(n), 2, RoundingMode.HALF_UP)});
        });
        jdbc.batchUpdate("INSERT INTO professionalism.opd_index (year, opd_id, employees, total_sum, mean_index) VALUES (?, ?, ?, ?, ?)", league);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        jdbc.update("""
                INSERT INTO professionalism.index_year (year, rule_set, rule_set_effective_from, employees, computed_at, duration_ms)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (year) DO UPDATE SET rule_set = EXCLUDED.rule_set, rule_set_effective_from = EXCLUDED.rule_set_effective_from,
                       employees = EXCLUDED.employees, computed_at = EXCLUDED.computed_at, duration_ms = EXCLUDED.duration_ms
                """, year, params.label(), Date.valueOf(params.effectiveFrom()), count, now, ms);
        log.info("IP ASN {}: {} employees computed in {} ms (reads {} ms, calculation {} ms, write {} ms)", year, count, ms,
                (tRead - t0) / 1_000_000, (tCompute - tRead) / 1_000_000, ms - (tCompute - t0) / 1_000_000);
        return new IndexYear(year, params.label(), params.effectiveFrom(), count, now, ms);
    }

    /**
     * Replaces one employee's stored row of {@code year} in the caller's transaction (the incremental path,
     * {@link IndexFollowsRecords}): the row as the bulk pass writes it, under the year's lock, and the league and the
     * year's count of the top-level OPDs concerned re-aggregated from the stored rows. Skipped (false) when the year is
     * not stored, or was computed under another rule-set version than the one now in force for it (it needs a full
     * recompute then, not a row of a different version).
     */
    boolean replaceRow(int year, EmployeeRef e, IpAsnParameters params, IpAsnInput input) {
        lock(year);
        List<java.sql.Date> version = jdbc.queryForList("SELECT rule_set_effective_from FROM professionalism.index_year WHERE year = ?",
                java.sql.Date.class, year);
        if (version.isEmpty() || !version.get(0).toLocalDate().equals(params.effectiveFrom())) {
            return false;
        }
        Map<Long, Long> top = topLevel(opds.tree());
        record Old(long top, BigDecimal total) {
        }
        List<Old> old = jdbc.query("SELECT top_opd_id, total FROM professionalism.index WHERE year = ? AND employee_id = ?",
                (rs, i) -> new Old(rs.getLong(1), rs.getBigDecimal(2)), year, e.id());
        jdbc.update("DELETE FROM professionalism.index WHERE year = ? AND employee_id = ?", year, e.id());
        Set<Long> touched = new java.util.HashSet<>();
        for (Old o : old) {
            jdbc.update("UPDATE professionalism.opd_index SET employees = employees - 1, total_sum = total_sum - ? WHERE year = ? AND opd_id = ?",
                    o.total(), year, o.top());
            touched.add(o.top());
        }
        IpAsnCalculator calculator = new IpAsnCalculator(params);
        int added = 0;
        if (calculator.applies(e.employeeType())) {
            IpAsnResult r = calculator.calculate(input);
            long topId = top.getOrDefault(e.opdId(), e.opdId());
            jdbc.update("""
                    INSERT INTO professionalism.index (year, employee_id, nip, name, opd_id, top_opd_id, position_kind, qualification, competency,
                         performance, discipline, total, category, missing_data, rule_set, rule_set_effective_from, computed_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", year, e.id(), e.nip(), e.name(), e.opdId(), topId,
                    input.position() == null ? null : input.position().kind().name(), r.qualification(), r.competency(), r.performance(),
                    r.discipline(), r.total(), r.category().name(),
                    r.missingData().stream().map(IpAsnDimension::name).collect(Collectors.joining(" ")), params.label(),
                    Date.valueOf(params.effectiveFrom()), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC));
            jdbc.update("""
                    INSERT INTO professionalism.opd_index AS o (year, opd_id, employees, total_sum, mean_index) VALUES (?, ?, 1, ?, ?)
                    ON CONFLICT (year, opd_id) DO UPDATE SET employees = o.employees + 1, total_sum = o.total_sum + EXCLUDED.total_sum""",
                    year, topId, r.total(), r.total());
            touched.add(topId);
            added = 1;
        }
        // the league as the bulk pass aggregates it: the mean of the stored totals, rounded half-up to 2 decimals
        for (long opd : touched) {
            jdbc.update("DELETE FROM professionalism.opd_index WHERE year = ? AND opd_id = ? AND employees = 0", year, opd);
            jdbc.update("UPDATE professionalism.opd_index SET mean_index = round(total_sum / employees, 2) WHERE year = ? AND opd_id = ?", year, opd);
        }
        jdbc.update("UPDATE professionalism.index_year SET employees = employees + ? WHERE year = ?", added - old.size(), year);
        return true;
    }

    /** The years stored, oldest first. */
    List<Integer> storedYears() {
        return jdbc.queryForList("SELECT year FROM professionalism.index_year ORDER BY year", Integer.class);
    }

    /** Employees of the year (of these OPDs, null = all) by total descending, then NIP; rank counts within the selection. */
    @Transactional(readOnly = true)
    public List<EmployeeRank> employees(int year, Collection<Long> opdIds, int offset, int limit) {
        return employees(year, opdIds, null, offset, limit);
    }

    /** As above, only holders of {@code positionKind} (a PositionKind code; null: every kind). */
    public List<EmployeeRank> employees(int year, Collection<Long> opdIds, String positionKind, int offset, int limit) {
        Map<Long, OpdView> byId = opdMap();
        List<EmployeeRank> list = new ArrayList<>();
        jdbc.query(con -> {
            var ps = con.prepareStatement("SELECT nip, name, opd_id, qualification, competency, performance, discipline, total, category"
                    + " FROM professionalism.index WHERE year = ?" + (opdIds == null ? "" : " AND opd_id = ANY (?)")
                    + (positionKind == null ? "" : " AND position_kind = ?")
                    + " ORDER BY total DESC, nip LIMIT ? OFFSET ?");
            int i = 1;
            ps.setInt(i++, year);
            if (opdIds != null) {
                Array ids = con.createArrayOf("bigint", opdIds.toArray());
                ps.setArray(i++, ids);
            }
            if (positionKind != null) {
                ps.setString(i++, positionKind);
            }
            ps.setInt(i++, limit);
            ps.setInt(i, offset);
            return ps;
        }, (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
            OpdView opd = byId.get(rs.getLong(3));
            list.add(new EmployeeRank(offset + list.size() + 1, rs.getString(1), rs.getString(2), opd == null ? null : opd.code(),
                    opd == null ? null : opd.name(), rs.getBigDecimal(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBigDecimal(7),
                    rs.getBigDecimal(8), IpAsnCategory.valueOf(rs.getString(9))));
        });
        return list;
    }

    /** How many employees {@link #employees} selects (all of the year: the count stored with it). */
    @Transactional(readOnly = true)
    public long count(int year, Collection<Long> opdIds) {
        return count(year, opdIds, null);
    }

    /** As above, only holders of {@code positionKind} (null: every kind). */
    public long count(int year, Collection<Long> opdIds, String positionKind) {
        if (opdIds == null && positionKind == null) {
            return year(year).map(IndexYear::employees).orElse(0);
        }
        Long n = jdbc.execute((ConnectionCallback<Long>) con -> {
            try (var ps = con.prepareStatement("SELECT count(*) FROM professionalism.index WHERE year = ?"
                    + (opdIds == null ? "" : " AND opd_id = ANY (?)") + (positionKind == null ? "" : " AND position_kind = ?"))) {
                int i = 1;
                ps.setInt(i++, year);
                if (opdIds != null) {
                    ps.setArray(i++, con.createArrayOf("bigint", opdIds.toArray()));
                }
                if (positionKind != null) {
                    ps.setString(i, positionKind);
                }
                try (var rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        return n == null ? 0 : n;
    }

    /**
     * Top-level OPDs (with their sub-units) by mean total descending, then code; the mean rounded to 2 decimals, as
     * aggregated by the computation of the year.
     */
    @Transactional(readOnly = true)
    public List<OpdRank> opds(int year) {
        Map<Long, OpdView> byId = opdMap();
        record Mean(long opdId, int employees, BigDecimal mean) {
        }
        List<Mean> means = jdbc.query("SELECT opd_id, employees, mean_index FROM professionalism.opd_index WHERE year = ?",
                (rs, i) -> new Mean(rs.getLong(1), rs.getInt(2), rs.getBigDecimal(3)), year);
        List<Mean> sorted = means.stream().filter(m -> byId.containsKey(m.opdId()))
                .sorted(Comparator.comparing(Mean::mean).reversed().thenComparing(m -> byId.get(m.opdId()).code())).toList();
        List<OpdRank> list = new ArrayList<>();
        for (Mean m : sorted) {
            OpdView o = byId.get(m.opdId());
            list.add(new OpdRank(list.size() + 1, o.code(), o.name(), m.employees(), m.mean()));
        }
        return list;
    }

    private Map<Long, OpdView> opdMap() {
        return opds.tree().stream().collect(Collectors.toMap(OpdView::id, o -> o));
    }

    /** The top-level OPD of every OPD id (parents come before children in the tree order). */
    static Map<Long, Long> topLevel(List<OpdView> tree) {
        Map<Long, Long> parent = new HashMap<>();
        for (OpdView o : tree) {
            parent.put(o.id(), o.parentId());
        }
        Map<Long, Long> top = new HashMap<>();
        for (OpdView o : tree) {
            long id = o.id();
            int guard = 0;
            while (parent.get(id) != null && guard++ < 64) {
                id = parent.get(id);
            }
            top.put(o.id(), id);
        }
        return top;
    }

    private static String quote(String s) {
        return s == null ? "" : '"' + s.replace("\"", "\"\"") + '"';
    }
}
