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
    OVERRIDE_REASON_REQUIRED,
    /** Fewer panel members than the minimum (5, PP 11/2017). */
    PANEL_TOO_SMALL,
    /** More panel members than the maximum (9, PP 11/2017). */
    PANEL_TOO_LARGE,
    /** An even number of panel members (PP 11/2017: odd). */
    PANEL_EVEN,
    /** The panel, the weights and the tie-break order are fixed once the assessment has opened. */
    ASSESSMENT_OPENED,
    /** The account or the employee already sits on this panel. */
    ALREADY_MEMBER,
    /** The account named for a member is not an enabled ASSESSOR account. */
    NOT_AN_ASSESSOR,
    /** The assessment opens only after the registration has closed. */
    ROUND_NOT_CLOSED,
    /** Applications still waiting for the administrative screening. */
    SCREENING_PENDING,
    /** No application passed the administrative screening. */
    NO_CANDIDATES,
    /** A stage weight outside 0–100. */
    WEIGHT_OUT_OF_RANGE,
    /** Every stage weighs 0. */
    NO_WEIGHTED_STAGE,
    /** A tie-break stage that is not weighted, or named twice. */
    TIE_BREAK_INVALID,
    /** Scoring before the assessment has opened. */
    ASSESSMENT_NOT_OPEN,
    /** Scoring a stage that carries no weight in this round. */
    STAGE_NOT_SCORED,
    /** Scoring a stage that has been closed. */
    STAGE_CLOSED,
    /** The member declared a conflict of interest with this candidate. */
    CONFLICT_DECLARED,
    /** The member has already submitted a score for this candidate and stage. */
    ALREADY_SCORED,
    /** A score outside 0–100. */
    SCORE_OUT_OF_RANGE,
    /** A conflict declared after the member has scored the candidate. */
    CONFLICT_AFTER_SCORING,
    /** Closing a stage while scores are missing. */
    SCORES_MISSING,
    /** Results or a ranking before the stages are closed. */
    STAGE_OPEN,
    /** The shortlist has already been forwarded to the regent. */
    ALREADY_FORWARDED,
    /** A decision before the shortlist has been forwarded. */
    NO_SHORTLIST,
    /** The regent has already chosen in this round. */
    ALREADY_DECIDED,
    /** The chosen candidate is not on the round's shortlist. */
    NOT_ON_SHORTLIST,
    /** Choosing other than the first-ranked candidate without a written rationale. */
    RATIONALE_REQUIRED,
    /** A decided round cannot be cancelled. */
    ROUND_DECIDED,
    /** The round has been cancelled. */
    ROUND_CANCELLED,
    /** Cancelling or repeating without a reason. */
    REASON_REQUIRED,
    /** Repeating a round that was not cancelled. */
    NOT_CANCELLED,
    /** The cancelled round has already been repeated. */
    ALREADY_REPEATED
}
