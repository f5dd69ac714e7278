package id.merit.discipline;

import java.time.LocalDate;

/**
 * Which discipline regulation governs absence: PP 53/2010 before 31 August 2021, PP 94/2021 from that day (set and
 * promulgated then, LN 2021/202). PP 94/2021 Pasal 40 ayat (3): a violation committed before that day and not yet
 * examined falls under PP 94/2021, so the date that chooses is
 * <ul>
 *   <li>for a year's figures as they stood then (history, recaps): the last counted day ({@link #ofFigures});</li>
 *   <li>for a case: the date of its examination ({@link #ofExamination}), whatever the dates of the absences.</li>
 * </ul>
 */
public enum DisciplineRegime {
    PP_53_2010, PP_94_2021;

    /** PP 94/2021 applies from this day. */
    public static final LocalDate PP_94_2021_FROM = LocalDate.of(2021, 8, 31);

    public static DisciplineRegime on(LocalDate date) {
        return date.isBefore(PP_94_2021_FROM) ? PP_53_2010 : PP_94_2021;
    }

    /** The regime of figures counted up to {@code until} (regulations.md §4.2). */
    public static DisciplineRegime ofFigures(LocalDate until) {
        return on(until);
    }

    /** The regime of a case examined on {@code examinationDate} (PP 94/2021 Pasal 40 ayat (3)). */
    public static DisciplineRegime ofExamination(LocalDate examinationDate) {
        return on(examinationDate);
    }
}
