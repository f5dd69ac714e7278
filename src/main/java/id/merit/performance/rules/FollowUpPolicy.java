package id.merit.performance.rules;

import id.merit.performance.SkpPredicate;
import java.time.LocalDate;

/**
 * The follow-up of a poor ANNUAL predicate (PP 30/2019 Ps 56-58, regulations.md §3.2 "Follow-up"): a PNS rated Kurang or
 * Sangat Kurang gets six months to improve from the day of the predicate, then a competency test (uji kompetensi),
 * after which the PPK may transfer or lower them. Plain Java.
 *
 * <p>Not covered: Ps 56 also applies the follow-up to a JPT rated Cukup (now Butuh Perbaikan); Merit tracks the
 * Kurang and Sangat Kurang predicates for every post (docs/rules.md).
 */
public final class FollowUpPolicy {

    /** Where a follow-up stands on a day: improving until the due day, then the competency test is due. */
    public enum Step { IMPROVEMENT, COMPETENCY_TEST, TESTED, CANCELLED }

    private FollowUpPolicy() {
    }

    /** Whether a predicate starts the follow-up. */
    public static boolean starts(SkpPredicate predicate) {
        return switch (predicate) {
            case KURANG, SANGAT_KURANG -> true;
            case SANGAT_BAIK, BAIK, BUTUH_PERBAIKAN -> false;
        };
    }

    /** The last day of the improvement time; the competency test is due after it. */
    public static LocalDate improvementDue(LocalDate predicateDate, ObjectionPolicy.Parameters p) {
        return predicateDate.plusMonths(p.improvementMonths());
    }

    /** The step of an open follow-up on {@code today}: improvement up to and including the due day. */
    public static Step step(LocalDate improvementDue, LocalDate today) {
        return today.isAfter(improvementDue) ? Step.COMPETENCY_TEST : Step.IMPROVEMENT;
    }
}
