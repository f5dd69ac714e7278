package id.merit.talent.domain;

import id.merit.assessment.AssessmentQueries;
import id.merit.assessment.AssessmentRecord;
import id.merit.discipline.PunishmentQueries;
import id.merit.discipline.PunishmentRecord;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeRef;
import id.merit.performance.PerformanceQueries;
import id.merit.performance.SkpPredicate;
import id.merit.shared.YearFigures;
import id.merit.talent.rules.TalentClassifier;
import id.merit.talent.rules.TalentClassifier.Inputs;
import id.merit.talent.rules.TalentClassifier.Parameters;
import id.merit.talent.rules.TalentClassifier.Result;
import java.io.StringReader;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The stored 9-box of every measured employee per year ({@code talent.placement}), like {@code professionalism.index}:
 * computed in one pass from bulk reads (the ANNUAL predicates of Y and Y−1, the latest assessment of everyone on or
 * before 31 December of Y, the JP per employee in Y, the punishments decided in Y−1 and Y) through
 * {@link TalentClassifier}, written with COPY, and replaced per year in one transaction under an advisory lock — readers
 * see the previous placements until it commits, never half a year. One employee's rows are replaced in the caller's
 * transaction when their records change ({@link PlacementsFollowRecords}).
 */
@Service
public class TalentStore implements YearFigures {
    private static final Logger log = LoggerFactory.getLogger(TalentStore.class);
    /** Advisory-lock key space of this module (plus the year). */
    private static final long LOCK = 0x7A1E_0000_0000L;
    static final String COLUMNS = """
            year, employee_id, nip, name, employee_type, opd_id, position_kind, birth_date, box, performance_axis, potential_axis,
            talent_pool, predicate, previous_predicate, assessment_date, assessment_purpose, jpm, potential_score, training_hours,
            refusals, reasons, rule_effective_from, computed_at""";

    private final JdbcTemplate jdbc;
    private final EmployeeDirectory employees;
    private final PerformanceQueries performance;
    private final AssessmentQueries assessments;
    private final PunishmentQueries punishments;
    private final Clock clock;
    private final TalentRuleSets ruleSets;

    TalentStore(JdbcTemplate jdbc, EmployeeDirectory employees, PerformanceQueries performance, AssessmentQueries assessments,
                PunishmentQueries punishments, Clock clock, TalentRuleSets ruleSets) {
        this.ruleSets = ruleSets;
        this.jdbc = jdbc;
        this.employees = employees;
        this.performance = performance;
        this.assessments = assessments;
        this.punishments = punishments;
        this.clock = clock;
    }

    /** A stored year: the rule version, how many measured staff and how many of them placed, when and how fast. */
    public record StoredYear(int year, LocalDate ruleEffectiveFrom, String regulation, int employees, int placed,
                             OffsetDateTime computedAt, long durationMs) {
    }

    /** The rule version in force for a year (the one in force on 31 December; {@link TalentRuleSets}). */
    Parameters parameters(int year) {
        return ruleSets.forYear(year);
    }

    /** One measured employee of a year and what the rule reads for them. */
    record Measured(EmployeeRef employee, Inputs inputs) {
    }

    /** Every measured employee of {@code year} with their inputs, from the same bulk reads as the stored pass. */
    List<Measured> measured(int year) {
        List<EmployeeRef> staff = employees.allRefs();
        Map<String, SkpPredicate> predicates = performance.annualPredicates(year);
        Map<String, SkpPredicate> previous = performance.annualPredicates(year - 1);
        Map<String, AssessmentRecord> latest = assessments.latestOnOrBefore(LocalDate.of(year, 12, 31));
        Map<Long, Integer> hours = employees.trainingHours(year);
        Map<String, List<PunishmentRecord>> decided = punishments.decidedBetween(LocalDate.of(year - 1, 1, 1), LocalDate.of(year, 12, 31))
                .stream().collect(Collectors.groupingBy(PunishmentRecord::nip));
        List<Measured> out = new java.util.ArrayList<>();
        for (EmployeeRef e : staff) {
            if (TalentClassifier.measured(e.employeeType())) {
                out.add(new Measured(e, new Inputs(year, e.employeeType(), predicates.get(e.nip()), previous.get(e.nip()), latest.get(e.nip()),
                        hours.getOrDefault(e.id(), 0), decided.getOrDefault(e.nip(), List.of()))));
            }
        }
        return out;
    }

    @Transactional(readOnly = true)
    public Optional<StoredYear> year(int year) {
        return jdbc.query("SELECT year, rule_effective_from, regulation, employees, placed, computed_at, duration_ms FROM talent.placement_year"
                + " WHERE year = ?", (rs, i) -> new StoredYear(rs.getInt(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getInt(4),
                rs.getInt(5), rs.getObject(6, OffsetDateTime.class), rs.getLong(7)), year).stream().findFirst();
    }

    /** Computes the year unless it is stored already (the first read of a year's 9-box). */
    @Transactional
    public StoredYear ensure(int year) {
        Optional<StoredYear> stored = year(year);
        if (stored.isPresent()) {
            return stored.get();
        }
        lock(year);
        return year(year).orElseGet(() -> computeLocked(year));
    }

    /** Recomputes the year for everyone and replaces the stored placements atomically. */
    @Transactional
    public StoredYear compute(int year) {
        lock(year);
        return computeLocked(year);
    }

    @Override
    @Transactional
    public Recomputed recompute(int year) {
        StoredYear y = compute(year);
        return new Recomputed("talent.recomputed.what", y.employees(), y.durationMs());
    }

    private void lock(int year) {
        jdbc.query("SELECT pg_advisory_xact_lock(?)", rs -> { }, LOCK + year);
    }

    /**
     * The version of each of {@code years} that is stored (advanced by every write to the year's rows, committed with
     * them): what the pages' cached aggregates are checked against.
     */
    Map<Integer, Long> versions(int... years) {
        Map<Integer, Long> m = new java.util.HashMap<>();
        jdbc.query("SELECT year, version FROM talent.placement_year WHERE year = ANY (?)",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> m.put(rs.getInt(1), rs.getLong(2)),
                (Object) java.util.Arrays.stream(years).boxed().toArray(Integer[]::new));
        return m;
    }

    /** The years stored, oldest first. */
    List<Integer> storedYears() {
        return jdbc.queryForList("SELECT year FROM talent.placement_year ORDER BY year", Integer.class);
    }

    private StoredYear computeLocked(int year) {
        long t0 = System.nanoTime();
        Parameters params = parameters(year);
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        List<Measured> staff = measured(year);
        long tRead = System.nanoTime();
        StringBuilder csv = new StringBuilder(256 * Math.max(16, staff.size()));
        String tail = ',' + params.effectiveFrom().toString() + ',' + now + '\n';
        int count = 0;
        int placed = 0;
        for (Measured m : staff) {
            EmployeeRef e = m.employee();
            Inputs in = m.inputs();
            Result r = TalentClassifier.classify(params, in);
            Object[] v = values(e, in, r);
            for (int i = 0; i < v.length; i++) {
                if (i > 0) {
                    csv.append(',');
                }
                csv.append(csv(v[i]));
            }
            csv.append(tail);
            count++;
            placed += r.placed() ? 1 : 0;
        }
        long tCompute = System.nanoTime();
        jdbc.update("DELETE FROM talent.placement WHERE year = ?", year);
        jdbc.execute((ConnectionCallback<Long>) con -> {
            try {
                return con.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY talent.placement (" + COLUMNS + ") FROM STDIN (FORMAT csv)",
                        new StringReader(csv.toString()));
            } catch (java.io.IOException ex) {
                throw new IllegalStateException("COPY of talent.placement failed", ex);
            }
        });
        long ms = (System.nanoTime() - t0) / 1_000_000;
        jdbc.update("""
                INSERT INTO talent.placement_year (year, rule_effective_from, regulation, employees, placed, computed_at, duration_ms)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (year) DO UPDATE SET rule_effective_from = EXCLUDED.rule_effective_from, regulation = EXCLUDED.regulation,
                       employees = EXCLUDED.employees, placed = EXCLUDED.placed, computed_at = EXCLUDED.computed_at,
                       duration_ms = EXCLUDED.duration_ms, version = talent.placement_year.version + 1""",
                year, Date.valueOf(params.effectiveFrom()), params.regulation(), count, placed, now, ms);
        log.info("9-box {}: {} employees ({} placed) computed in {} ms (reads {} ms, calculation {} ms, write {} ms)", year, count, placed, ms,
                (tRead - t0) / 1_000_000, (tCompute - tRead) / 1_000_000, ms - (tCompute - t0) / 1_000_000);
        return new StoredYear(year, params.effectiveFrom(), params.regulation(), count, placed, now, ms);
    }

    /**
     * Replaces one employee's stored row of {@code year} in the caller's transaction (the incremental path): the row as
     * the bulk pass writes it, under the year's lock, and the year's counts adjusted. Skipped (false) when the year is not
     * stored or was computed under another rule version than the one now in force for it (a full recompute then).
     */
    boolean replaceRow(int year, EmployeeRef e, Inputs in) {
        lock(year);
        Parameters params = parameters(year);
        List<Date> version = jdbc.queryForList("SELECT rule_effective_from FROM talent.placement_year WHERE year = ?", Date.class, year);
        if (version.isEmpty() || !version.get(0).toLocalDate().equals(params.effectiveFrom())) {
            return false;
        }
        List<Integer> old = jdbc.queryForList("SELECT box FROM talent.placement WHERE year = ? AND employee_id = ?", Integer.class, year, e.id());
        jdbc.update("DELETE FROM talent.placement WHERE year = ? AND employee_id = ?", year, e.id());
        int added = 0;
        int placed = 0;
        if (TalentClassifier.measured(e.employeeType())) {
            Result r = TalentClassifier.classify(params, in);
            Object[] v = values(e, in, r);
            Object[] row = java.util.Arrays.copyOf(v, v.length + 2);
            row[v.length] = Date.valueOf(params.effectiveFrom());
            row[v.length + 1] = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            for (int i = 0; i < row.length; i++) {
                if (row[i] instanceof LocalDate d) {
                    row[i] = Date.valueOf(d);
                }
            }
            jdbc.update("INSERT INTO talent.placement (" + COLUMNS + ") VALUES (" + "?, ".repeat(row.length - 1) + "?)", row);
            added = 1;
            placed = r.placed() ? 1 : 0;
        }
        int oldPlaced = (int) old.stream().filter(b -> b > 0).count();
        jdbc.update("UPDATE talent.placement_year SET employees = employees + ?, placed = placed + ?, version = version + 1 WHERE year = ?",
                added - old.size(), placed - oldPlaced, year);
        return true;
    }

    /** The columns of one row up to {@code reasons} (the rule version and the time are appended by the caller). */
    private static Object[] values(EmployeeRef e, Inputs in, Result r) {
        AssessmentRecord a = r.placed() ? in.assessment() : null;
        return new Object[] {in.year(), e.id(), e.nip(), e.name(), e.employeeType().name(), e.opdId(),
                e.positionKind() == null ? null : e.positionKind().name(), e.birthDate(), r.placed() ? r.box() : 0,
                r.performance() == null ? null : r.performance().name(), r.potential() == null ? null : r.potential().name(),
                r.talentPool(), in.predicate() == null ? null : in.predicate().name(),
                in.previousPredicate() == null ? null : in.previousPredicate().name(), a == null ? null : a.assessmentDate(),
                a == null ? null : a.purpose().name(), a == null ? null : a.jpm(), a == null ? null : a.potentialScore(), in.trainingHours(),
                r.refusals().stream().map(Enum::name).collect(Collectors.joining(" ")),
                r.reasons().stream().map(x -> x.code().name()).collect(Collectors.joining(" "))};
    }

    private static String csv(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof String s) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        if (v instanceof java.math.BigDecimal b) {
            return b.toPlainString();
        }
        return v.toString();
    }
}
