package id.merit.reporting.domain;

import id.merit.discipline.PunishmentLevel;
import id.merit.employee.EmployeeType;
import id.merit.performance.SkpPredicate;
import id.merit.professionalism.IpAsnSummary;
import id.merit.professionalism.OpdRank;
import id.merit.talent.TalentQueries.BoxCounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The figures of the regent's dashboard for a year. Staff and vacancies are the registry and the post structure as
 * of {@code asOf} (today: neither keeps a history); the rest are figures of {@code year}. {@code ipAsn} is null when
 * the year is not measured; {@code boxes} null when the 9-box cannot be computed; {@code unitLeague} is the unit (OPD)
 * assessment of the year, best first; {@code neglected} the OPDs whose heads are flagged for pembiaran (SKP evaluations
 * missing after the deadline); {@code honoraryRecommendations} the year's honorary staff evaluations by recommendation;
 * {@code succession} the key posts vacant or with a holder retiring within two years (as of {@code asOf}) and their ready
 * successors from the talent pool of {@link #successionYear()}.
 */
public record Dashboard(int year, LocalDate asOf, Map<EmployeeType, Long> staffByType, Vacancies vacancies, IpAsnSummary ipAsn,
                        List<OpdRank> league, Skp skp, BoxCounts boxes, long officialsToRelieve,
                        DisciplineTrend discipline, List<id.merit.unitassessment.UnitScore> unitLeague,
                        List<id.merit.performance.ComplianceRow> neglected, Map<String, Long> honoraryRecommendations,
                        id.merit.talent.SuccessionQueries.AtRisk succession) {

    /**
     * The talent pool the successors come from: the year's, but for the current year the last completed one (its annual
     * SKP is not in yet) — the year the succession page opens by default.
     */
    public static int successionYear(int year, LocalDate today) {
        return Math.min(year, today.getYear() - 1);
    }

    public int successionYear() {
        return succession.year();
    }

    /** The key posts at risk, the most exposed first: none ready now before some, vacant before retiring, then OPD and post code. */
    public List<id.merit.talent.SuccessionQueries.KeyPost> successionAtRisk() {
        return succession.posts().stream().sorted(java.util.Comparator
                .comparing((id.merit.talent.SuccessionQueries.KeyPost p) -> p.readyNow() > 0)
                .thenComparing(p -> !p.vacant())
                .thenComparing(id.merit.talent.SuccessionQueries.KeyPost::opdCode)
                .thenComparing(id.merit.talent.SuccessionQueries.KeyPost::code)).toList();
    }

    /** Honorary staff evaluated this year (the sum over the recommendations). */
    public long honoraryEvaluated() {
        return honoraryRecommendations.values().stream().mapToLong(Long::longValue).sum();
    }

    public long staffTotal() {
        return staffByType.values().stream().mapToLong(Long::longValue).sum();
    }

    /** PNS, CPNS, PPPK and PPPK paruh waktu. */
    public long asn() {
        return staffByType.entrySet().stream().filter(e -> e.getKey().isAsn()).mapToLong(Map.Entry::getValue).sum();
    }

    /** Non-ASN staff (tenaga honorer: PHT and PHL). */
    public long honorary() {
        return staffTotal() - asn();
    }

    /**
     * Punishments decided in each month of the year, by level: {@code byLevel} maps RINGAN, SEDANG and BERAT to twelve
     * counts (January first), from the punishments of the registry (decision date).
     */
    public record DisciplineTrend(Map<PunishmentLevel, List<Long>> byLevel) {
        public long total() {
            return byLevel.values().stream().flatMap(List::stream).mapToLong(Long::longValue).sum();
        }
    }

    /** Active posts: their slots, the slots filled by a linked position, the vacant slots (per post, never below 0). */
    public record Vacancies(long posts, long slots, long filled, long vacant, List<OpdVacancy> byOpd) {
    }

    /** One OPD's posts with vacant slots. */
    public record OpdVacancy(String opdCode, String opdName, long slots, long vacant) {
    }

    /** ANNUAL SKP evaluations of the year of the ASN in the registry, by predicate; compliance = evaluated / ASN. */
    public record Skp(long asn, Map<SkpPredicate, Long> byPredicate) {
        public long evaluated() {
            return byPredicate.values().stream().mapToLong(Long::longValue).sum();
        }

        public long missing() {
            return Math.max(0, asn - evaluated());
        }

        /** Percentage with one decimal (half up); null without ASN. */
        public BigDecimal compliancePercent() {
            return asn == 0 ? null : BigDecimal.valueOf(evaluated() * 100).divide(BigDecimal.valueOf(asn), 1, RoundingMode.HALF_UP);
        }
    }
}
