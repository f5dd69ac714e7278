package id.merit.discipline.rules;

import java.time.LocalDate;
import java.util.Set;

/**
 * Where a discipline case stands. The first six and the last two are recorded by the workflow (CLOSED is recorded as
 * ENDED); EFFECTIVE and RUNNING follow from the dates once the decision is delivered ({@link #current}).
 * <pre>
 *  OPENED → SUMMONED → EXAMINED → DECIDED → DELIVERED → (EFFECTIVE | RUNNING) → ENDED
 *     └──────────┴───────────┴→ CANCELLED (with a reason, before the decision)
 * </pre>
 */
public enum CaseStage {
    OPENED, SUMMONED, EXAMINED, DECIDED, DELIVERED, EFFECTIVE, RUNNING, ENDED, CANCELLED;

    /** The recorded stages a recorded stage may move to. */
    public Set<CaseStage> next() {
        return switch (this) {
            case OPENED -> Set.of(SUMMONED, CANCELLED);
            case SUMMONED -> Set.of(EXAMINED, CANCELLED);
            case EXAMINED -> Set.of(DECIDED, CANCELLED);
            case DECIDED -> Set.of(DELIVERED);
            case DELIVERED -> Set.of(ENDED);
            case EFFECTIVE, RUNNING, ENDED, CANCELLED -> Set.of();
        };
    }

    public boolean canMoveTo(CaseStage target) {
        return next().contains(target);
    }

    /** Still to be decided (counted as an open case). */
    public boolean open() {
        return this == OPENED || this == SUMMONED || this == EXAMINED;
    }

    /**
     * The stage shown on {@code today}: a delivered decision is EFFECTIVE from its effective date when it has no end
     * (dismissal), RUNNING until its end when it has one, and ENDED once the end is reached; a ringan punishment,
     * having no duration, is ENDED (carried out) once effective.
     */
    public static CaseStage current(CaseStage recorded, LocalDate effective, LocalDate end, boolean permanent, LocalDate today) {
        if (recorded != DELIVERED || effective == null || today.isBefore(effective)) {
            return recorded;
        }
        if (permanent) {
            return EFFECTIVE;
        }
        if (end == null) {
            return ENDED;
        }
        return today.isBefore(end) ? RUNNING : ENDED;
    }
}
