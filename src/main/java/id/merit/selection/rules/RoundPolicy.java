package id.merit.selection.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The guarded steps of an open JPT Pratama selection round (regulations.md §6.3, PP 11/2017 Ps 113–127). Each method
 * takes what it decides on and answers the refusal, empty when the step is allowed; {@code today} is given by the
 * caller (no clock here).
 *
 * <ul>
 *   <li>Planning: the post must be a JPT_PRATAMA post with fewer holders than slots, and no other round for it open.</li>
 *   <li>Recommendation of the merit-system supervisor (KASN, then its successor under UU 20/2023): only from DRAFT,
 *       dated on or before today.</li>
 *   <li>Announcement: only from RECOMMENDED, not before the recommendation, not after today, and at least
 *       {@link #MIN_WINDOW_DAYS} calendar days from the announcement to the registration close, both days counted
 *       (announced 1 March, closing 15 March = 15 days).</li>
 *   <li>Close: only from ANNOUNCED and only after the registration closing date.</li>
 *   <li>Applications: only while ANNOUNCED and not after the closing date.</li>
 *   <li>Screening: once announced (ANNOUNCED or CLOSED); a result other than the eligibility pre-check (an internal
 *       applicant who failed it passed, or one who met it failed) is an override and needs a reason.</li>
 * </ul>
 */
public final class RoundPolicy {
    /** "Pengumuman lowongan ... paling singkat 15 (lima belas) hari kalender" (regulations.md §6.3 row 2). */
    public static final int MIN_WINDOW_DAYS = 15;

    private RoundPolicy() {
    }

    public static Optional<Refusal> open(String positionKind, int slots, int holders, boolean retired, boolean otherRoundOpen) {
        if (!"JPT_PRATAMA".equals(positionKind)) {
            return refuse(RoundRefusal.POST_NOT_JPT_PRATAMA);
        }
        if (retired || holders >= slots) {
            return refuse(RoundRefusal.POST_NOT_VACANT, holders, slots);
        }
        if (otherRoundOpen) {
            return refuse(RoundRefusal.POST_HAS_OPEN_ROUND);
        }
        return Optional.empty();
    }

    public static Optional<Refusal> recommend(RoundState state, LocalDate recommendationDate, LocalDate today) {
        if (!state.canMoveTo(RoundState.RECOMMENDED)) {
            return refuse(RoundRefusal.WRONG_STATE, state, RoundState.RECOMMENDED);
        }
        if (recommendationDate.isAfter(today)) {
            return refuse(RoundRefusal.DATE_IN_FUTURE, recommendationDate, today);
        }
        return Optional.empty();
    }

    /** Calendar days from the announcement to the registration close, both counted. */
    public static long windowDays(LocalDate announcedOn, LocalDate closesOn) {
        return ChronoUnit.DAYS.between(announcedOn, closesOn) + 1;
    }

    public static Optional<Refusal> announce(RoundState state, LocalDate recommendationDate, LocalDate announcedOn, LocalDate closesOn,
                                             LocalDate today) {
        if (!state.canMoveTo(RoundState.ANNOUNCED)) {
            return refuse(RoundRefusal.WRONG_STATE, state, RoundState.ANNOUNCED);
        }
        if (announcedOn.isAfter(today)) {
            return refuse(RoundRefusal.DATE_IN_FUTURE, announcedOn, today);
        }
        if (recommendationDate != null && announcedOn.isBefore(recommendationDate)) {
            return refuse(RoundRefusal.ANNOUNCED_BEFORE_RECOMMENDATION, announcedOn, recommendationDate);
        }
        long days = windowDays(announcedOn, closesOn);
        if (days < MIN_WINDOW_DAYS) {
            return refuse(RoundRefusal.WINDOW_TOO_SHORT, announcedOn, closesOn, Math.max(days, 0), MIN_WINDOW_DAYS);
        }
        return Optional.empty();
    }

    public static Optional<Refusal> close(RoundState state, LocalDate closesOn, LocalDate today) {
        if (!state.canMoveTo(RoundState.CLOSED)) {
            return refuse(RoundRefusal.WRONG_STATE, state, RoundState.CLOSED);
        }
        if (!today.isAfter(closesOn)) {
            return refuse(RoundRefusal.REGISTRATION_STILL_OPEN, closesOn);
        }
        return Optional.empty();
    }

    public static Optional<Refusal> apply(RoundState state, LocalDate closesOn, LocalDate today) {
        if (state != RoundState.ANNOUNCED) {
            return refuse(RoundRefusal.NOT_ANNOUNCED, state);
        }
        if (today.isAfter(closesOn)) {
            return refuse(RoundRefusal.REGISTRATION_CLOSED, closesOn);
        }
        return Optional.empty();
    }

    /**
     * Whether a screening result overrides the eligibility pre-check: {@code eligible} is the pre-check of an internal
     * applicant, null for an external one (nothing to override).
     */
    public static boolean isOverride(Boolean eligible, ScreeningResult result) {
        if (eligible == null) {
            return false;
        }
        return switch (result) {
            case PENDING -> false;
            case PASSED -> !eligible;
            case FAILED -> eligible;
        };
    }

    /** The result an application starts with: an internal applicant who failed the pre-check is FAILED by default. */
    public static ScreeningResult initialScreening(Boolean eligible) {
        return Boolean.FALSE.equals(eligible) ? ScreeningResult.FAILED : ScreeningResult.PENDING;
    }

    public static Optional<Refusal> screen(RoundState state, Boolean eligible, ScreeningResult result, String reason) {
        if (state != RoundState.ANNOUNCED && state != RoundState.CLOSED) {
            return refuse(RoundRefusal.SCREENING_NOT_OPEN, state);
        }
        if (isOverride(eligible, result) && (reason == null || reason.isBlank())) {
            return refuse(RoundRefusal.OVERRIDE_REASON_REQUIRED);
        }
        return Optional.empty();
    }

    private static Optional<Refusal> refuse(RoundRefusal reason, Object... args) {
        return Optional.of(Refusal.of(reason, args));
    }
}
