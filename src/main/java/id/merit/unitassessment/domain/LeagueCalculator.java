package id.merit.unitassessment.domain;

import id.merit.attendance.YearlyAttendance;
import id.merit.discipline.AbsenceRecommendations;
import id.merit.discipline.PunishmentQueries;
import id.merit.discipline.PunishmentRecord;
import id.merit.discipline.RecommendedAttendance;
import id.merit.employee.CompletenessFigure;
import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeRef;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.performance.PerformanceQueries;
import id.merit.performance.SkpPredicate;
import id.merit.unitassessment.UnitAssessmentQueries;
import id.merit.unitassessment.UnitScore;
import id.merit.unitassessment.rules.Aspect;
import id.merit.unitassessment.rules.UnitAssessmentParameters;
import id.merit.unitassessment.rules.UnitScoreCalculator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the league table of a year set-based, one read per source: the registry's ASN (current OPD, PNS, CPNS,
 * PPPK, PPPK paruh waktu), the ANNUAL predicates, the punishments decided in the year, discipline's cached attendance
 * figures of everyone, the registry completeness and the recorded entries; then the formulas of
 * {@link UnitScoreCalculator}. Unscoped: {@link UnitAssessmentService} applies the caller's scope. Holds no
 * transaction (it may wait for the year's attendance figures).
 */
@Component
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public class LeagueCalculator implements UnitAssessmentQueries {
    public static final int FIRST_YEAR = 2015;
    static final int DETAIL_LIMIT = 20;
    private final OpdQueries opds;
    private final EmployeeDirectory employees;
    private final PerformanceQueries performance;
    private final PunishmentQueries punishments;
    private final AbsenceRecommendations attendance;
    private final UnitAssessmentStore store;
    private final UnitAssessmentParameters parameters;
    private final Clock clock;
    /** The unscoped league per year for the league page and the dashboard. */
    private final id.merit.shared.KeptValues<Integer, League> kept;

    /** A league as kept, with the moment it was computed (shown on the page). */
    public record Kept(League league, java.time.Instant computedAt, long keptSeconds) {
    }

    LeagueCalculator(OpdQueries opds, EmployeeDirectory employees, PerformanceQueries performance, PunishmentQueries punishments,
                     AbsenceRecommendations attendance, UnitAssessmentStore store, UnitAssessmentParameters parameters, Clock clock,
                     @org.springframework.beans.factory.annotation.Value("${merit.unit-assessment.cache-seconds:60}") int cacheSeconds) {
        this.kept = new id.merit.shared.KeptValues<>(java.time.Duration.ofSeconds(Math.max(0, cacheSeconds)), clock, 8);
        this.opds = opds;
        this.employees = employees;
        this.performance = performance;
        this.punishments = punishments;
        this.attendance = attendance;
        this.store = store;
        this.parameters = parameters;
        this.clock = clock;
    }

    /** The computed league of a year: the rule set, the rows (best first) and, when asked for, one unit's records. */
    public record League(int year, UnitAssessmentParameters parameters, List<UnitScore> rows, UnitDetail detail) {
    }

    /**
     * The league of the year for the dashboard: {@link #kept}'s rows.
     */
    @Override
    public List<UnitScore> leagueTable(int year) {
        return inRange(year) ? kept(year).league().rows() : List.of();
    }

    /**
     * The unscoped league of the year, computed at most once per {@code merit.unit-assessment.cache-seconds} (default
     * 60) per year and instance — for the league page and the dashboard, so that neither recomputes 100,000 staff per
     * view (issue 7: 7–9 s per view under load); see {@link id.merit.shared.KeptValues} for who waits while it is
     * recomputed. An entry recorded or deleted in this instance drops it; the drill-down of one OPD, the export and the
     * API always compute afresh.
     */
    public Kept kept(int year) {
        id.merit.shared.KeptValues.Kept<League> k = kept.get(year, () -> compute(year, null));
        return new Kept(k.value(), k.computedAt(), kept.ttl().toSeconds());
    }

    /** Forgets the cached leagues (a record was entered or deleted). */
    void evict() {
        kept.clear();
    }

    public boolean inRange(int year) {
        return year >= FIRST_YEAR && year <= currentYear();
    }

    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    public UnitAssessmentParameters parameters() {
        return parameters;
    }

    /** Every unit's scores of {@code year}; with {@code detailOpdId} (a top-level OPD) also the records behind its scores. */
    public League compute(int year, Long detailOpdId) {
        List<OpdView> tree = opds.tree();
        Map<Long, Long> top = topLevel(tree);
        Map<Long, Unit> units = new LinkedHashMap<>();
        for (OpdView o : tree) {
            if (o.parentId() == null) {
                units.put(o.id(), new Unit(o));
            }
        }
        Map<Long, EmployeeRef> asn = new HashMap<>();
        Map<String, EmployeeRef> byNip = new HashMap<>();
        for (EmployeeRef e : employees.allRefs()) {
            Long t = top.get(e.opdId());
            if (e.employeeType().isAsn() && t != null && units.containsKey(t)) {
                asn.put(e.id(), e);
                byNip.put(e.nip(), e);
                units.get(t).staff++;
            }
        }
        // performance: ANNUAL predicates of the staff due
        Map<String, SkpPredicate> predicates = performance.annualPredicates(year);
        for (EmployeeRef e : byNip.values()) {
            Unit u = units.get(top.get(e.opdId()));
            SkpPredicate p = predicates.get(e.nip());
            if (p == null) {
                u.unrated++;
            } else {
                u.predicates.merge(p, 1, Integer::sum);
                if (p.atLeastBaik()) {
                    u.baik++;
                }
            }
        }
        // discipline: punishments decided in the year, per punished employee
        Map<Long, Set<String>> punished = new HashMap<>();
        List<UnitDetail.Punished> detailPunishments = new ArrayList<>();
        for (PunishmentRecord r : punishments.decidedBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
            EmployeeRef e = byNip.get(r.nip());
            if (e == null) {
                continue;
            }
            long t = top.get(e.opdId());
            punished.computeIfAbsent(t, k -> new HashSet<>()).add(e.nip());
            if (detailOpdId != null && detailOpdId == t) {
                detailPunishments.add(new UnitDetail.Punished(e.nip(), e.name(), r.level(), r.kind(), r.decisionDate()));
            }
        }
        punished.forEach((t, nips) -> units.get(t).punished = nips.size());
        List<UnitDetail.Absent> absent = new ArrayList<>();
        for (RecommendedAttendance ra : attendance.forAllCached(year)) {
            YearlyAttendance y = ra.totals();
            EmployeeRef e = asn.get(y.employeeId());
            if (e == null) {
                continue;
            }
            long t = top.get(e.opdId());
            Unit u = units.get(t);
            int covered = y.workingDays() - y.noDataDays();
            u.covered += covered;
            u.unexcused += y.unexcusedDays();
            u.noData += y.noDataDays();
            if (detailOpdId != null && detailOpdId == t && y.unexcusedDays() > 0) {
                absent.add(new UnitDetail.Absent(e.nip(), e.name(), y.unexcusedDays(), covered));
            }
        }
        // data compliance: registry completeness today (the registry keeps no history of it)
        Map<Long, CompletenessFigure> completeness = employees.completeness(LocalDate.now(clock));
        Map<String, Integer> missingByItem = new TreeMap<>();
        List<UnitDetail.Incomplete> incomplete = new ArrayList<>();
        for (EmployeeRef e : asn.values()) {
            CompletenessFigure c = completeness.get(e.id());
            if (c == null) {
                continue;
            }
            long t = top.get(e.opdId());
            Unit u = units.get(t);
            u.percentSum += c.percent();
            u.completenessCounted++;
            if (c.missing().isEmpty()) {
                u.complete++;
            }
            if (detailOpdId != null && detailOpdId == t && !c.missing().isEmpty()) {
                c.missing().forEach(m -> missingByItem.merge(m, 1, Integer::sum));
                incomplete.add(new UnitDetail.Incomplete(e.nip(), e.name(), c.percent(), c.missing()));
            }
        }
        // innovation and awards: the team's records
        Map<Long, List<Entry>> entries = new HashMap<>();
        for (Entry en : store.entries(year)) {
            Long t = top.get(en.opdId());
            if (t != null) {
                entries.computeIfAbsent(t, k -> new ArrayList<>()).add(en);
            }
        }
        List<UnitScore> scored = new ArrayList<>();
        for (Unit u : units.values()) {
            scored.add(score(u, entries.getOrDefault(u.opd.id(), List.of())));
        }
        List<UnitScore> rows = rank(scored);
        UnitDetail detail = null;
        if (detailOpdId != null && units.containsKey(detailOpdId)) {
            Unit u = units.get(detailOpdId);
            UnitScore s = rows.stream().filter(r -> r.opdCode().equals(u.opd.code())).findFirst().orElseThrow();
            Map<SkpPredicate, Integer> preds = new EnumMap<>(SkpPredicate.class);
            for (SkpPredicate p : SkpPredicate.values()) {
                preds.put(p, u.predicates.getOrDefault(p, 0));
            }
            detailPunishments.sort(Comparator.comparing(UnitDetail.Punished::decisionDate).reversed().thenComparing(UnitDetail.Punished::nip));
            absent.sort(Comparator.comparingInt(UnitDetail.Absent::unexcusedDays).reversed().thenComparing(UnitDetail.Absent::nip));
            incomplete.sort(Comparator.comparingInt(UnitDetail.Incomplete::percent).thenComparing(UnitDetail.Incomplete::nip));
            List<Entry> own = entries.getOrDefault(detailOpdId, List.of());
            detail = new UnitDetail(s,
                    new UnitDetail.Performance(u.staff, u.baik, preds, u.unrated),
                    new UnitDetail.Discipline(u.staff, u.punished, detailPunishments, u.covered, u.unexcused, u.noData,
                            absent.subList(0, Math.min(DETAIL_LIMIT, absent.size()))),
                    own.stream().filter(en -> en.aspect() == Aspect.INNOVATION).toList(),
                    own.stream().filter(en -> en.aspect() == Aspect.AWARDS).toList(),
                    new UnitDetail.DataCompliance(u.completenessCounted, u.complete, missingByItem,
                            incomplete.subList(0, Math.min(DETAIL_LIMIT, incomplete.size()))));
        }
        return new League(year, parameters, rows, detail);
    }

    private UnitScore score(Unit u, List<Entry> entries) {
        Map<Aspect, BigDecimal> s = new EnumMap<>(Aspect.class);
        s.put(Aspect.PERFORMANCE, UnitScoreCalculator.performance(u.staff, u.baik));
        s.put(Aspect.DISCIPLINE, UnitScoreCalculator.discipline(u.staff, u.punished, u.covered, u.unexcused,
                parameters.attendanceSharePercent()));
        s.put(Aspect.INNOVATION, UnitScoreCalculator.points(entries.stream().filter(e -> e.aspect() == Aspect.INNOVATION)
                .map(Entry::points).toList()));
        s.put(Aspect.AWARDS, UnitScoreCalculator.points(entries.stream().filter(e -> e.aspect() == Aspect.AWARDS)
                .map(Entry::points).toList()));
        s.put(Aspect.DATA_COMPLIANCE, UnitScoreCalculator.dataCompliance(u.percentSum, u.completenessCounted));
        return new UnitScore(0, u.opd.code(), u.opd.name(), u.staff, s.get(Aspect.PERFORMANCE), s.get(Aspect.DISCIPLINE),
                s.get(Aspect.INNOVATION), s.get(Aspect.AWARDS), s.get(Aspect.DATA_COMPLIANCE), UnitScoreCalculator.total(s, parameters));
    }

    /** Best total first (name breaks ties in the order, not in the rank: equal totals share a rank); no total: rank 0, last. */
    static List<UnitScore> rank(List<UnitScore> scores) {
        List<UnitScore> sorted = new ArrayList<>(scores);
        sorted.sort(Comparator.comparing(UnitScore::total, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(UnitScore::opdName, String.CASE_INSENSITIVE_ORDER).thenComparing(UnitScore::opdCode));
        List<UnitScore> out = new ArrayList<>(sorted.size());
        int rank = 0;
        BigDecimal previous = null;
        for (int i = 0; i < sorted.size(); i++) {
            UnitScore s = sorted.get(i);
            if (s.total() == null) {
                out.add(withRank(s, 0));
                continue;
            }
            if (previous == null || s.total().compareTo(previous) != 0) {
                rank = i + 1;
                previous = s.total();
            }
            out.add(withRank(s, rank));
        }
        return out;
    }

    private static UnitScore withRank(UnitScore s, int rank) {
        return new UnitScore(rank, s.opdCode(), s.opdName(), s.staff(), s.performance(), s.discipline(), s.innovation(), s.awards(),
                s.dataCompliance(), s.total());
    }

    /** The top-level OPD of every OPD id (the tree lists parents before children). */
    static Map<Long, Long> topLevel(List<OpdView> tree) {
        Map<Long, Long> top = new HashMap<>();
        for (OpdView o : tree) {
            top.put(o.id(), o.parentId() == null ? o.id() : top.getOrDefault(o.parentId(), o.parentId()));
        }
        return top;
    }

    /** Counters of one top-level OPD. */
    private static final class Unit {
        final OpdView opd;
        final Map<SkpPredicate, Integer> predicates = new EnumMap<>(SkpPredicate.class);
        int staff;
        int baik;
        int unrated;
        int punished;
        int covered;
        int unexcused;
        int noData;
        long percentSum;
        int completenessCounted;
        int complete;

        Unit(OpdView opd) {
            this.opd = opd;
        }
    }
}
