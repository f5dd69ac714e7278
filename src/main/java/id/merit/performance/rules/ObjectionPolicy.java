package id.merit.performance.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * When an employee may still object to (keberatan atas) an SKP rating: PP 30/2019 Ps 59(1), "paling lama 14 (empat
 * belas) hari sejak diterima" — calendar days counted from the day the rating was received. The day of receipt is day 0,
 * so the 14th day after it is the last allowed day and the 15th is refused. Plain Java: the answer is data.
 */
public final class ObjectionPolicy {

    /**
     * The changeable figures: the objection window in calendar days (default 14, PP 30/2019 Ps 59(1)), the improvement
     * time of the Ps 56-58 follow-up in months (default 6), the day they apply from and the regulation they implement.
     */
    public record Parameters(int objectionDays, int improvementMonths, LocalDate effectiveFrom, String basis) {
        public Parameters {
            if (objectionDays < 1 || improvementMonths < 1) {
                throw new IllegalArgumentException("objectionDays and improvementMonths must be positive");
            }
            Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        }
    }

    /** Merit's defaults (rules-defaults.md, "SKP objection and follow-up"). */
    public static final Parameters DEFAULTS = new Parameters(14, 6, LocalDate.of(2019, 4, 30), "PP 30/2019 Ps 56-59");

    /** Why an objection may not be filed (message key performance.objection.refused.&lt;code&gt;). */
    public enum Refusal { TOO_LATE, BEFORE_RECEIPT }

    /** The answer: {@code refusal} null when allowed; {@code deadline} is the last day an objection is accepted. */
    public record Window(LocalDate receipt, LocalDate deadline, long day, Refusal refusal) {
        public boolean allowed() {
            return refusal == null;
        }
    }

    private ObjectionPolicy() {
    }

    /** Whether an objection filed on {@code filedOn} against a rating received on {@code receipt} is in time. */
    public static Window window(LocalDate receipt, LocalDate filedOn, Parameters p) {
        Objects.requireNonNull(receipt, "receipt");
        Objects.requireNonNull(filedOn, "filedOn");
        LocalDate deadline = receipt.plusDays(p.objectionDays());
        long day = ChronoUnit.DAYS.between(receipt, filedOn);
        Refusal refusal = day < 0 ? Refusal.BEFORE_RECEIPT : filedOn.isAfter(deadline) ? Refusal.TOO_LATE : null;
        return new Window(receipt, deadline, day, refusal);
    }
}
