package id.merit.discipline.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

/**
 * The time limits of the discipline procedure (PP 94/2021 Pasal 26–38, regulations.md §4.4). Working days are Monday
 * to Friday minus the holidays given (Perpres 21/2023; the holiday list is an input, not known here).
 * <ul>
 *   <li>Summons: the examination takes place at most 7 working days after the date of the summons letter.</li>
 *   <li>Delivery: the decision is delivered at most 14 working days after it was set (Pasal 37 ayat (3)).</li>
 *   <li>Effect: the punishment takes effect "pada hari ke-15 (lima belas) sejak diterima" (Pasal 38 ayat (1)): counted
 *       from ("sejak", not PP 53/2010's "setelah") the day of receipt, which is day 1 — received 1 March, effective
 *       15 March (regulations.md §4.4). Whether "hari" means calendar or
 *       working days is UNVERIFIED; calendar days (the text says <i>hari</i>, not <i>hari kerja</i>) are the default
 *       and {@link DayCounting#WORKING} is the alternative reading.</li>
 *   <li>Second summons (Pasal 26 ayat (3)): the second letter is dated at most 7 working days after the date the
 *       first examination should have taken place (counted like the gap of ayat (2): that date itself not counted).</li>
 *   <li>Objection (PP 79/2021 Pasal 4 ayat (2)): filed at most 14 working days "terhitung sejak" the decision was
 *       received, the day of receipt being working day 1 (as for the effective date); the official answers within 21
 *       working days counted the same way from the day the objection was filed (Pasal 5). A banding against
 *       dismissal goes to BPASN within the same 14 working days (Pasal 10–11).</li>
 *   <li>End: effective date plus the punishment's months (the first day no longer under punishment; a punishment
 *       is running on D when D is before its end). Ringan kinds have no end; dismissal is permanent.</li>
 * </ul>
 */
public final class DisciplineDeadlines {

    /** Examination at most this many working days after the summons letter (regulations.md §4.4). */
    public static final int SUMMONS_WORKING_DAYS = 7;
    /** Delivery at most this many working days after the decision (PP 94/2021 Pasal 37 ayat (3)). */
    public static final int DELIVERY_WORKING_DAYS = 14;
    /** In force on this day counted from receipt, receipt = day 1 (PP 94/2021 Pasal 38 ayat (1)). */
    public static final int EFFECTIVE_ON_DAY = 15;

    /** The second summons at most this many working days after the missed examination (PP 94/2021 Pasal 26 ayat (3)). */
    public static final int SECOND_SUMMONS_WORKING_DAYS = 7;
    /** An objection or appeal at most this many working days from receipt, receipt = day 1 (PP 79/2021 Pasal 4 ayat (2)). */
    public static final int OBJECTION_WORKING_DAYS = 14;
    /** The objection answered within this many working days from filing, filing = day 1 (PP 79/2021 Pasal 5). */
    public static final int OBJECTION_ANSWER_WORKING_DAYS = 21;

    /** How the days to the effective date are counted. */
    public enum DayCounting { CALENDAR, WORKING }

    /** Whether a step was taken in time. */
    public enum Timeliness {
        /** Within the limit. */
        ON_TIME,
        /** After the limit: allowed, but to be explained. */
        LATE,
        /** Before the date it counts from: impossible. */
        BEFORE_START
    }

    private DisciplineDeadlines() {
    }

    public static boolean isWorkingDay(LocalDate day, Set<LocalDate> holidays) {
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /** The {@code n}-th working day after {@code from} ({@code from} itself not counted). */
    public static LocalDate workingDaysAfter(LocalDate from, int n, Set<LocalDate> holidays) {
        LocalDate day = from;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day, holidays)) {
                counted++;
            }
        }
        return day;
    }

    /** The last day the examination may be held for a summons letter dated {@code letterDate}. */
    public static LocalDate latestExamDate(LocalDate letterDate, Set<LocalDate> holidays) {
        return workingDaysAfter(letterDate, SUMMONS_WORKING_DAYS, holidays);
    }

    public static Timeliness examTimeliness(LocalDate letterDate, LocalDate examDate, Set<LocalDate> holidays) {
        return timeliness(letterDate, examDate, latestExamDate(letterDate, holidays));
    }

    /** The last day the decision set on {@code decisionDate} may be delivered. */
    public static LocalDate deliveryDeadline(LocalDate decisionDate, Set<LocalDate> holidays) {
        return workingDaysAfter(decisionDate, DELIVERY_WORKING_DAYS, holidays);
    }

    public static Timeliness deliveryTimeliness(LocalDate decisionDate, LocalDate receiptDate, Set<LocalDate> holidays) {
        return timeliness(decisionDate, receiptDate, deliveryDeadline(decisionDate, holidays));
    }

    /** The last day the second summons letter may be dated when the accused missed the examination of {@code missedExamDate}. */
    public static LocalDate latestSecondSummonsDate(LocalDate missedExamDate, Set<LocalDate> holidays) {
        return workingDaysAfter(missedExamDate, SECOND_SUMMONS_WORKING_DAYS, holidays);
    }

    public static Timeliness secondSummonsTimeliness(LocalDate missedExamDate, LocalDate letterDate, Set<LocalDate> holidays) {
        return timeliness(missedExamDate, letterDate, latestSecondSummonsDate(missedExamDate, holidays));
    }

    /** The last day an objection (or appeal) against a decision received on {@code receiptDate} may be filed. */
    public static LocalDate objectionDeadline(LocalDate receiptDate, Set<LocalDate> holidays) {
        return nthWorkingDayFrom(receiptDate, OBJECTION_WORKING_DAYS, holidays);
    }

    public static Timeliness objectionTimeliness(LocalDate receiptDate, LocalDate filedOn, Set<LocalDate> holidays) {
        return timeliness(receiptDate, filedOn, objectionDeadline(receiptDate, holidays));
    }

    /** The last day the official may answer an objection filed on {@code filedOn}. */
    public static LocalDate objectionAnswerDeadline(LocalDate filedOn, Set<LocalDate> holidays) {
        return nthWorkingDayFrom(filedOn, OBJECTION_ANSWER_WORKING_DAYS, holidays);
    }

    /** The {@code n}-th working day counted from {@code start}, the first working day on or after {@code start} being day 1. */
    static LocalDate nthWorkingDayFrom(LocalDate start, int n, Set<LocalDate> holidays) {
        LocalDate first = isWorkingDay(start, holidays) ? start : workingDaysAfter(start, 1, holidays);
        return workingDaysAfter(first, n - 1, holidays);
    }

    /**
     * The day the punishment takes effect: the 15th day counted from receipt, the day of receipt being day 1. With
     * working days, day 1 is the first working day on or after receipt.
     */
    public static LocalDate effectiveDate(LocalDate receiptDate, DayCounting counting, Set<LocalDate> holidays) {
        return switch (counting) {
            case CALENDAR -> receiptDate.plusDays(EFFECTIVE_ON_DAY - 1L);
            case WORKING -> nthWorkingDayFrom(receiptDate, EFFECTIVE_ON_DAY, holidays);
        };
    }

    /** The end of a punishment taking effect on {@code effective}: empty for ringan kinds and for dismissal. */
    public static Optional<LocalDate> endDate(LocalDate effective, Sanction sanction) {
        return sanction.months() == null ? Optional.empty() : Optional.of(effective.plusMonths(sanction.months()));
    }

    private static Timeliness timeliness(LocalDate start, LocalDate actual, LocalDate latest) {
        if (actual.isBefore(start)) {
            return Timeliness.BEFORE_START;
        }
        return actual.isAfter(latest) ? Timeliness.LATE : Timeliness.ON_TIME;
    }
}
