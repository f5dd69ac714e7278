package id.merit.talent.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * rules-defaults.md "Rule-set versions, retirement, readiness" — successor readiness for a key post (PermenPANRB 3/2020
 * as amended by PermenPANRB 20/2025: the talent pool feeds succession; PP 11/2017 Ps 199 for the pool; the post-kind
 * rules of regulations.md §6.2/§6.5 for eligibility):
 * <pre>
 *  in pool  eligible on D   eligible on D + 2 years   readiness
 *  no       any             any                       not a candidate
 *  yes      yes             any                       READY_NOW
 *  yes      no              yes                       READY_1_2_YEARS   (time in post, age — nothing else changes)
 *  yes      no              no                        not a candidate   (the age limit reached by then included)
 * </pre>
 * Candidates rank by the JPM of their latest assessment (descending), then the 9-box (descending), then NIP.
 */
public final class SuccessionReadiness {

    /** How far ahead READY_1_2_YEARS looks *(configurable)*. */
    public static final int HORIZON_YEARS = 2;

    public enum Readiness { READY_NOW, READY_1_2_YEARS }

    /** One ranked candidate: {@code jpm} null when unknown (ranked last). */
    public record Ranked(String nip, BigDecimal jpm, int box) {
    }

    /** JPM descending (unknown last), then box descending, then NIP. */
    public static final Comparator<Ranked> ORDER = Comparator
            .comparing(Ranked::jpm, Comparator.nullsLast(Comparator.<BigDecimal>reverseOrder()))
            .thenComparing(Ranked::box, Comparator.reverseOrder())
            .thenComparing(Ranked::nip);

    private SuccessionReadiness() {
    }

    /** The day READY_1_2_YEARS is checked on. */
    public static LocalDate horizon(LocalDate today) {
        return today.plusYears(HORIZON_YEARS);
    }

    /** The table above; {@code eligibleOn} answers the post kind's eligibility check on a date. */
    public static Optional<Readiness> of(boolean inPool, LocalDate today, Predicate<LocalDate> eligibleOn) {
        if (!inPool) {
            return Optional.empty();
        }
        if (eligibleOn.test(today)) {
            return Optional.of(Readiness.READY_NOW);
        }
        return eligibleOn.test(horizon(today)) ? Optional.of(Readiness.READY_1_2_YEARS) : Optional.empty();
    }
}
