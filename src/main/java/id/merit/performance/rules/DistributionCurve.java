package id.merit.performance.rules;

import id.merit.performance.SkpPredicate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The curve of PermenPANRB 6/2022 (regulations.md §3.3, "employee predikat distribution constrained by the
 * organisation's predikat"): the organisation's predicate caps the distribution of its employees' predicates. Each
 * constraint is a share of the unit's rated staff whose predicate is in a set, bounded from above or below (shares
 * computed exactly: 7 of 10 is 70 %, which meets "at most 70 %"; "some" is at least one person, "none" is zero).
 * The check only reports: BKPSDM decides whether to return the unit's ratings for review, nothing is changed here.
 */
public final class DistributionCurve {

    /** The organisation's predicate (predikat kinerja organisasi). */
    public enum OrgPredicate { ISTIMEWA, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG }

    /** How a share is bounded: AT_MOST / AT_LEAST a percentage, SOME (≥ 1 person), NONE (0 persons). */
    public enum Bound { AT_MOST, AT_LEAST, SOME, NONE }

    /** One constraint: the predicates it counts, the bound and the percentage (0 for SOME and NONE). */
    public record Constraint(Set<SkpPredicate> predicates, Bound bound, int percent) {
    }

    /** A constraint checked: the people counted, of {@code rated}, the share in percent (one decimal) and whether it holds. */
    public record Check(Constraint constraint, long counted, long rated, BigDecimal share, boolean met) {
    }

    private static final Set<SkpPredicate> KURANG = EnumSet.of(SkpPredicate.KURANG);
    private static final Set<SkpPredicate> BELOW_BAIK = EnumSet.of(SkpPredicate.BUTUH_PERBAIKAN, SkpPredicate.KURANG);

    private DistributionCurve() {
    }

    /** The constraints of each organisational predicate, in the order of the table of §3.3. */
    public static List<Constraint> constraints(OrgPredicate org) {
        return switch (org) {
            case ISTIMEWA -> List.of(new Constraint(EnumSet.of(SkpPredicate.SANGAT_BAIK), Bound.AT_MOST, 70));
            case BAIK -> List.of(new Constraint(EnumSet.of(SkpPredicate.BAIK), Bound.AT_MOST, 70),
                    new Constraint(BELOW_BAIK, Bound.SOME, 0));
            case BUTUH_PERBAIKAN -> List.of(new Constraint(EnumSet.of(SkpPredicate.BUTUH_PERBAIKAN), Bound.AT_LEAST, 60),
                    new Constraint(EnumSet.of(SkpPredicate.SANGAT_BAIK), Bound.AT_MOST, 10));
            case KURANG -> List.of(new Constraint(KURANG, Bound.AT_LEAST, 60),
                    new Constraint(EnumSet.of(SkpPredicate.BUTUH_PERBAIKAN), Bound.AT_LEAST, 10),
                    new Constraint(EnumSet.of(SkpPredicate.SANGAT_BAIK), Bound.AT_MOST, 10));
            case SANGAT_KURANG -> List.of(new Constraint(EnumSet.of(SkpPredicate.SANGAT_KURANG), Bound.AT_LEAST, 60),
                    new Constraint(BELOW_BAIK, Bound.AT_LEAST, 10),
                    new Constraint(EnumSet.of(SkpPredicate.SANGAT_BAIK), Bound.NONE, 0));
        };
    }

    /** Checks the unit's predicate counts (absent = 0) against the constraints of its organisational predicate. */
    public static List<Check> check(OrgPredicate org, Map<SkpPredicate, Long> counts) {
        long rated = counts.values().stream().mapToLong(Long::longValue).sum();
        List<Check> out = new ArrayList<>();
        for (Constraint c : constraints(org)) {
            long counted = c.predicates().stream().mapToLong(p -> counts.getOrDefault(p, 0L)).sum();
            // counted / rated against percent / 100, compared in whole numbers (no rounding at the boundary)
            boolean met = switch (c.bound()) {
                case AT_MOST -> counted * 100 <= (long) c.percent() * rated;
                case AT_LEAST -> counted * 100 >= (long) c.percent() * rated;
                case SOME -> counted > 0;
                case NONE -> counted == 0;
            };
            BigDecimal share = rated == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(counted * 100).divide(BigDecimal.valueOf(rated), 1, RoundingMode.HALF_UP);
            // a unit nobody was rated in has no share to reach: only the upper bounds hold
            out.add(new Check(c, counted, rated, share, met && !(rated == 0 && c.bound() == Bound.AT_LEAST)));
        }
        return out;
    }
}
