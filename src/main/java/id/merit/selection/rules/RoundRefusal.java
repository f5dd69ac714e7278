package id.merit.selection.rules;

/**
 * Why a step of a selection round is refused. Each has a sentence {@code selection.refusal.<CODE>} whose arguments are
 * the {@link Refusal#args()}.
 */
public enum RoundRefusal {
    /** The post is not a JPT Pratama post. */
    POST_NOT_JPT_PRATAMA,
    /** The post has as many holders as slots (or is retired). */
    POST_NOT_VACANT,
    /** Another round for the post has not been closed yet. */
    POST_HAS_OPEN_ROUND,
    /** The step does not follow from the round's state. */
    WRONG_STATE,
    /** A date recorded for an event that has not happened yet. */
    DATE_IN_FUTURE,
    /** The announcement is dated before the oversight body's recommendation. */
    ANNOUNCED_BEFORE_RECOMMENDATION,
    /** Fewer than 15 calendar days from the announcement to the registration close (PP 11/2017 Ps 118). */
    WINDOW_TOO_SHORT,
    /** Closing before the registration closing date has passed. */
    REGISTRATION_STILL_OPEN,
    /** An application while the round is not ANNOUNCED. */
    NOT_ANNOUNCED,
    /** An application after the registration closing date. */
    REGISTRATION_CLOSED,
    /** The employee has already applied in this round. */
    ALREADY_APPLIED,
    /** Screening before the round is announced. */
    SCREENING_NOT_OPEN,
    /** A screening result against the eligibility pre-check without a reason. */
    OVERRIDE_REASON_REQUIRED
}
