package id.merit.reporting.domain;

import id.merit.discipline.AbsenceRecommendations;
import id.merit.discipline.PunishmentLevel;
import id.merit.discipline.PunishmentQueries;
import id.merit.discipline.PunishmentRecord;
import id.merit.employee.EmployeeType;
import id.merit.orgunit.OpdStaffCounts;
import id.merit.orgunit.PostHolders;
import id.merit.orgunit.PostQueries;
import id.merit.orgunit.PostView;
import id.merit.performance.ComplianceQueries;
import id.merit.performance.HonoraryEvaluations;
import id.merit.performance.PerformanceQueries;
import id.merit.performance.SkpPredicate;
import id.merit.professionalism.ProfessionalismQueries;
import id.merit.shared.NotFoundProblem;
import id.merit.talent.TalentQueries;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The regent's dashboard (issue 15 item 1), for the regent and BKPSDM: every figure from one set-based query of the
 * module that owns it — no per-employee calls. Holds no transaction of its own, so that waiting for the year's
 * attendance figures (discipline computes them once per instance) holds no pooled connection.
 */
@Service
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
public class DashboardService {
    /** The first year the dashboard offers: the first measured IP ASN year. */
    public static final int FIRST_YEAR = 2015;
    private static final int YEARS_OFFERED = 5;
    private final OpdStaffCounts staff;
    private final PostQueries posts;
    private final PostHolders holders;
    private final ProfessionalismQueries ipAsn;
    private final TalentQueries talent;
    private final PerformanceQueries performance;
    private final AbsenceRecommendations absences;
    private final PunishmentQueries punishments;
    private final Clock clock;
    private final id.merit.unitassessment.UnitAssessmentQueries units;
    private final ComplianceQueries compliance;
    private final HonoraryEvaluations honorary;
    private final id.merit.selection.SelectionQueries selections;
    private final id.merit.trackrecord.TrackRecordQueries trackRecords;
    private final id.merit.talent.SuccessionQueries succession;

    /** The dashboard per year. */
    private final id.merit.shared.KeptValues<Integer, Dashboard> kept;

    DashboardService(OpdStaffCounts staff, PostQueries posts, PostHolders holders, ProfessionalismQueries ipAsn, TalentQueries talent,
                     PerformanceQueries performance, AbsenceRecommendations absences, PunishmentQueries punishments, Clock clock,
                     id.merit.unitassessment.UnitAssessmentQueries units, ComplianceQueries compliance, HonoraryEvaluations honorary,
                     id.merit.selection.SelectionQueries selections, id.merit.trackrecord.TrackRecordQueries trackRecords,
                     id.merit.talent.SuccessionQueries succession,
                     @org.springframework.beans.factory.annotation.Value("${merit.reporting.dashboard-seconds:60}") long keepSeconds) {
        this.kept = new id.merit.shared.KeptValues<>(java.time.Duration.ofSeconds(Math.max(0, keepSeconds)), clock, 16);
        this.succession = succession;
        this.trackRecords = trackRecords;
        this.compliance = compliance;
        this.honorary = honorary;
        this.selections = selections;
        this.punishments = punishments;
        this.units = units;
        this.staff = staff;
        this.posts = posts;
        this.holders = holders;
        this.ipAsn = ipAsn;
        this.talent = talent;
        this.performance = performance;
        this.absences = absences;
        this.clock = clock;
    }

    public int currentYear() {
        return LocalDate.now(clock).getYear();
    }

    /** The years the selector offers, newest first. */
    public List<Integer> years() {
        int now = currentYear();
        return IntStream.range(0, YEARS_OFFERED).map(i -> now - i).filter(y -> y >= FIRST_YEAR).boxed().toList();
    }

    /** How long a computed dashboard is kept, in seconds. */
    public long keptSeconds() {
        return kept.ttl().toSeconds();
    }

    /** {@link #kept}'s dashboard. */
    public Dashboard dashboard(int year) {
        return kept(year).value();
    }

    /**
     * The dashboard of a year as kept for {@code merit.reporting.dashboard-seconds} (default 60, the same for every
     * role that may open it: nothing on it is scoped), with when it was computed: a dozen whole-regency figures per
     * view held the CPUs under load (issue 7). See {@link id.merit.shared.KeptValues} for how old it may be.
     */
    public id.merit.shared.KeptValues.Kept<Dashboard> kept(int year) {
        LocalDate today = LocalDate.now(clock);
        if (year < FIRST_YEAR || year > today.getYear()) {
            throw new NotFoundProblem("reporting.error.year", String.valueOf(year));
        }
        return kept.get(year, () -> compute(year, LocalDate.now(clock)));
    }

    private Dashboard compute(int year, LocalDate today) {
        Map<EmployeeType, Long> byType = staffByType();
        long asn = byType.entrySet().stream().filter(e -> e.getKey().isAsn()).mapToLong(Map.Entry::getValue).sum();
        Map<SkpPredicate, Long> predicates = new EnumMap<>(SkpPredicate.class);
        for (SkpPredicate p : SkpPredicate.values()) {
            predicates.put(p, 0L);
        }
        predicates.putAll(performance.annualPredicateCountsOfAsn(year));
        return new Dashboard(year, today, byType, vacancies(today), ipAsn.summary(year).orElse(null), ipAsn.opdLeague(year),
                new Dashboard.Skp(asn, predicates), talent.boxCounts(year), absences.officialsToRelieve(year).size(),
                disciplineTrend(year), units.leagueTable(year), compliance.neglected(year), honorary.recommendationCounts(year),
                succession.keyPostsAtRisk(Dashboard.successionYear(year, today)));
    }

    /** The open selections whose shortlist waits for the regent's choice (now, not of a year), the longest waiting first. */
    public List<id.merit.selection.SelectionQueries.AwaitingChoice> awaitingChoice() {
        return selections.awaitingChoice();
    }

    /** The track-record investigations not yet done (now, not of a year), the nearest deadline first. */
    public List<id.merit.trackrecord.TrackRecordQueries.InvestigationStatus> unfinishedInvestigations() {
        return trackRecords.unfinishedInvestigations();
    }

    /** One read of the year's punishments (PunishmentQueries.decidedBetween), counted by month of decision and level. */
    Dashboard.DisciplineTrend disciplineTrend(int year) {
        Map<PunishmentLevel, long[]> counts = new EnumMap<>(PunishmentLevel.class);
        for (PunishmentLevel level : PunishmentLevel.values()) {
            counts.put(level, new long[12]);
        }
        for (PunishmentRecord p : punishments.decidedBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))) {
            if (p.level() != null) {
                counts.get(p.level())[p.decisionDate().getMonthValue() - 1]++;
            }
        }
        Map<PunishmentLevel, List<Long>> byLevel = new EnumMap<>(PunishmentLevel.class);
        counts.forEach((level, months) -> byLevel.put(level, java.util.Arrays.stream(months).boxed().toList()));
        return new Dashboard.DisciplineTrend(byLevel);
    }

    /** One GROUP BY over the registry, every type present. */
    Map<EmployeeType, Long> staffByType() {
        Map<EmployeeType, Long> byType = new LinkedHashMap<>();
        for (EmployeeType t : EmployeeType.values()) {
            byType.put(t, 0L);
        }
        staff.countsByOpdAndType().values().forEach(m -> m.forEach((type, n) -> byType.merge(EmployeeType.valueOf(type), n, Long::sum)));
        return byType;
    }

    /** Active posts against the positions linked to them today: per post max(0, slots − holders). */
    Dashboard.Vacancies vacancies(LocalDate on) {
        Map<String, List<PostHolders.Holder>> held = holders.holdersOn(on);
        long slots = 0;
        long filled = 0;
        long vacant = 0;
        List<PostView> active = posts.active();
        Map<String, long[]> perOpd = new HashMap<>(); // OPD code → {slots, vacant}
        Map<String, String> names = new HashMap<>();
        for (PostView p : active) {
            int n = held.getOrDefault(p.code(), List.of()).size();
            long v = Math.max(0, p.slots() - n);
            slots += p.slots();
            filled += Math.min(n, p.slots());
            vacant += v;
            names.put(p.opdCode(), p.opdName());
            long[] o = perOpd.computeIfAbsent(p.opdCode(), k -> new long[2]);
            o[0] += p.slots();
            o[1] += v;
        }
        List<Dashboard.OpdVacancy> byOpd = new ArrayList<>();
        perOpd.forEach((code, o) -> {
            if (o[1] > 0) {
                byOpd.add(new Dashboard.OpdVacancy(code, names.get(code), o[0], o[1]));
            }
        });
        byOpd.sort(Comparator.comparingLong(Dashboard.OpdVacancy::vacant).reversed().thenComparing(Dashboard.OpdVacancy::opdCode));
        return new Dashboard.Vacancies(active.size(), slots, filled, vacant, byOpd);
    }
}
