package id.merit.discipline.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.discipline.PunishmentKind;
import id.merit.discipline.rules.DisciplineDeadlines.DayCounting;
import id.merit.discipline.rules.DisciplineDeadlines.Timeliness;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PP 94/2021 Pasal 26–38 time limits (regulations.md §4.4). Holidays are "yyyy-MM-dd" lists separated by spaces. */
class DisciplineDeadlinesTests {

    @ParameterizedTest(name = "received {0} -> effective {1}")
    @CsvSource({
            // PP 94/2021 Ps 38(1), regulations.md §4.4 vector: received 1 March (= day 1) → effective 15 March
            "2025-03-01, 2025-03-15",
            "2025-01-31, 2025-02-14",
            // across the end of a 28-day February and of a leap-year February
            "2025-02-15, 2025-03-01",
            "2024-02-15, 2024-02-29",
            "2024-02-16, 2024-03-01",
            "2025-02-28, 2025-03-14",
            // across the end of a 30-day month and of the year
            "2025-04-17, 2025-05-01",
            "2025-12-20, 2026-01-03",
            // weekends and holidays do not count differently with calendar days
            "2025-03-28, 2025-04-11",
    })
    void effectiveOnTheFifteenthCalendarDayReceiptBeingDayOne(LocalDate received, LocalDate effective) {
        assertThat(DisciplineDeadlines.effectiveDate(received, DayCounting.CALENDAR, Set.of())).isEqualTo(effective);
    }

    @ParameterizedTest(name = "received {0} (holidays {2}) -> effective {1} counting working days")
    @CsvSource({
            // Monday 3 March is day 1; three full weeks → Friday 21 March is the 15th working day
            "2025-03-03, 2025-03-21, ''",
            // a holiday inside the period pushes it to Monday
            "2025-03-03, 2025-03-24, 2025-03-14",
            // received on a Saturday: day 1 is the next working day (Monday 3 March)
            "2025-03-01, 2025-03-21, ''",
            // received on a holiday Monday: day 1 is Tuesday 4 March
            "2025-03-03, 2025-03-24, 2025-03-03",
    })
    void workingDayReadingIsAParameter(LocalDate received, LocalDate effective, String holidays) {
        assertThat(DisciplineDeadlines.effectiveDate(received, DayCounting.WORKING, days(holidays))).isEqualTo(effective);
    }

    @ParameterizedTest(name = "summons {0}, exam {1} (holidays {2}) -> {3}, latest {4}")
    @CsvSource({
            // letter Monday 3 March: the 7th working day after is Wednesday 12 March
            "2025-03-03, 2025-03-12, '',         ON_TIME,      2025-03-12",
            "2025-03-03, 2025-03-13, '',         LATE,         2025-03-12",
            // letter Thursday 6 March: the limit crosses a weekend → Monday 17 March; Tuesday 18 is late
            "2025-03-06, 2025-03-17, '',         ON_TIME,      2025-03-17",
            "2025-03-06, 2025-03-18, '',         LATE,         2025-03-17",
            // ... and a holiday inside it moves it to Tuesday 18 March
            "2025-03-06, 2025-03-18, 2025-03-12, ON_TIME,      2025-03-18",
            "2025-03-06, 2025-03-19, 2025-03-12, LATE,         2025-03-18",
            // a week of holidays (Idul Fitri with cuti bersama) does not eat into the 7 days
            "2025-03-27, 2025-04-16, 2025-03-28 2025-03-31 2025-04-01 2025-04-02 2025-04-03 2025-04-04 2025-04-07, ON_TIME, 2025-04-16",
            "2025-03-27, 2025-04-17, 2025-03-28 2025-03-31 2025-04-01 2025-04-02 2025-04-03 2025-04-04 2025-04-07, LATE,    2025-04-16",
            // the exam cannot precede the letter; the same day is within the limit
            "2025-03-03, 2025-03-02, '',         BEFORE_START, 2025-03-12",
            "2025-03-03, 2025-03-03, '',         ON_TIME,      2025-03-12",
    })
    void examinationAtMostSevenWorkingDaysAfterTheSummons(LocalDate letter, LocalDate exam, String holidays, Timeliness expected,
                                                          LocalDate latest) {
        assertThat(DisciplineDeadlines.examTimeliness(letter, exam, days(holidays))).isEqualTo(expected);
        assertThat(DisciplineDeadlines.latestExamDate(letter, days(holidays))).isEqualTo(latest);
    }

    @ParameterizedTest(name = "decided {0}, received {1} -> {2}")
    @CsvSource({
            // PP 94/2021 Ps 37(3): 14 working days after Monday 3 March is Friday 21 March
            "2025-03-03, 2025-03-21, ON_TIME",
            "2025-03-03, 2025-03-24, LATE",
            "2025-03-03, 2025-03-03, ON_TIME",
            "2025-03-03, 2025-02-28, BEFORE_START",
    })
    void deliveryAtMostFourteenWorkingDaysAfterTheDecision(LocalDate decided, LocalDate received, Timeliness expected) {
        assertThat(DisciplineDeadlines.deliveryTimeliness(decided, received, Set.of())).isEqualTo(expected);
    }

    @ParameterizedTest(name = "first exam missed {0}, second letter {1} (holidays {2}) -> {3}, latest {4}")
    @CsvSource({
            // PP 94/2021 Ps 26(3): at most 7 working days after the day the first examination should have taken place
            // (Wednesday 12 March; that day not counted, like the gap of ayat (2)) → Friday 21 March
            "2025-03-12, 2025-03-21, '',         ON_TIME,      2025-03-21",
            "2025-03-12, 2025-03-24, '',         LATE,         2025-03-21",
            // the letter may follow the missed examination on the same day, never precede it
            "2025-03-12, 2025-03-12, '',         ON_TIME,      2025-03-21",
            "2025-03-12, 2025-03-11, '',         BEFORE_START, 2025-03-21",
            // a holiday inside the period moves the limit to Monday 24 March
            "2025-03-12, 2025-03-24, 2025-03-14, ON_TIME,      2025-03-24",
            "2025-03-12, 2025-03-25, 2025-03-14, LATE,         2025-03-24",
    })
    void secondSummonsAtMostSevenWorkingDaysAfterTheMissedExamination(LocalDate missed, LocalDate letter, String holidays,
                                                                      Timeliness expected, LocalDate latest) {
        assertThat(DisciplineDeadlines.secondSummonsTimeliness(missed, letter, days(holidays))).isEqualTo(expected);
        assertThat(DisciplineDeadlines.latestSecondSummonsDate(missed, days(holidays))).isEqualTo(latest);
    }

    @ParameterizedTest(name = "received {0}, objection filed {1} (holidays {2}) -> {3}, deadline {4}")
    @CsvSource({
            // PP 79/2021 Ps 4(2): within 14 working days "terhitung sejak" receipt, receipt = working day 1.
            // Received Monday 3 March: the 14th working day is Thursday 20 March, the 15th Friday 21 March
            "2025-03-03, 2025-03-20, '',         ON_TIME,      2025-03-20",
            "2025-03-03, 2025-03-21, '',         LATE,         2025-03-20",
            // filed on the day of receipt; before receipt is impossible
            "2025-03-03, 2025-03-03, '',         ON_TIME,      2025-03-20",
            "2025-03-03, 2025-03-02, '',         BEFORE_START, 2025-03-20",
            // received on a Saturday: day 1 is Monday 3 March
            "2025-03-01, 2025-03-20, '',         ON_TIME,      2025-03-20",
            "2025-03-01, 2025-03-21, '',         LATE,         2025-03-20",
            // a holiday inside the period: the 14th working day is Friday 21 March, the 15th Monday 24 March
            "2025-03-03, 2025-03-21, 2025-03-14, ON_TIME,      2025-03-21",
            "2025-03-03, 2025-03-24, 2025-03-14, LATE,         2025-03-21",
    })
    void objectionWithinFourteenWorkingDaysOfReceipt(LocalDate received, LocalDate filed, String holidays, Timeliness expected,
                                                     LocalDate deadline) {
        assertThat(DisciplineDeadlines.objectionTimeliness(received, filed, days(holidays))).isEqualTo(expected);
        assertThat(DisciplineDeadlines.objectionDeadline(received, days(holidays))).isEqualTo(deadline);
    }

    @ParameterizedTest(name = "objection filed {0} (holidays {1}) -> answer by {2}")
    @CsvSource({
            // PP 79/2021 Ps 5: answered within 21 working days, filing day = day 1 (Thursday 20 March → Thursday 17 April)
            "2025-03-20, '',                    2025-04-17",
            // two holidays inside → Monday 21 April
            "2025-03-20, 2025-03-31 2025-04-01, 2025-04-21",
            // filed on a Sunday: day 1 is Monday 24 March → Monday 21 April
            "2025-03-23, '',                    2025-04-21",
    })
    void objectionAnsweredWithinTwentyOneWorkingDays(LocalDate filed, String holidays, LocalDate deadline) {
        assertThat(DisciplineDeadlines.objectionAnswerDeadline(filed, days(holidays))).isEqualTo(deadline);
    }

    @ParameterizedTest(name = "{1}/{2} effective {0} -> ends {3}")
    @CsvSource(nullValues = "-", value = {
            // PP 94/2021 Ps 8(3): tukin cut 6 / 9 / 12 months
            "2025-03-15, TUKIN_CUT,          6,  2025-09-15",
            "2025-03-15, TUKIN_CUT,          9,  2025-12-15",
            "2025-03-15, TUKIN_CUT,          12, 2026-03-15",
            // month ends: plusMonths keeps the last day of a shorter month
            "2025-08-31, TUKIN_CUT,          6,  2026-02-28",
            "2024-02-29, PENURUNAN_JABATAN,  -,  2025-02-28",
            // PP 53/2010 Ps 7(3): one year
            "2025-01-31, PENUNDAAN_KGB,      -,  2026-01-31",
            // ringan: no duration; dismissal (Ps 8(4)c): permanent
            "2025-03-15, TEGURAN_TERTULIS,   -,  -",
            "2025-03-15, PEMBERHENTIAN,      -,  -",
    })
    void endIsEffectivePlusDuration(LocalDate effective, PunishmentKind kind, Integer months, LocalDate end) {
        assertThat(DisciplineDeadlines.endDate(effective, Sanction.of(kind, months)).orElse(null)).isEqualTo(end);
    }

    private static Set<LocalDate> days(String list) {
        return list == null || list.isBlank() ? Set.of()
                : Stream.of(list.trim().split("\\s+")).map(LocalDate::parse).collect(Collectors.toSet());
    }
}
