package id.merit.trackrecord.rules;

import java.time.LocalDate;

/**
 * A team's progress against its deadline (Merit's default): DONE when it has dossiers and every one is complete; else
 * OPEN up to and including the deadline day, OVERDUE from the day after. A team without officials yet is not done. The
 * same rule applies to an investigation with its own deadline and all its dossiers. {@code today} is the caller's (the
 * instance's time zone): this class reads no clock.
 */
public final class DeadlineProgress {

    private DeadlineProgress() {
    }

    public static Progress of(LocalDate deadline, LocalDate today, long dossiers, long complete) {
        if (dossiers > 0 && complete >= dossiers) {
            return Progress.DONE;
        }
        return today.isAfter(deadline) ? Progress.OVERDUE : Progress.OPEN;
    }

    /** Whole days left until the deadline (0 on the day itself, negative once past). */
    public static long daysLeft(LocalDate deadline, LocalDate today) {
        return java.time.temporal.ChronoUnit.DAYS.between(today, deadline);
    }
}
