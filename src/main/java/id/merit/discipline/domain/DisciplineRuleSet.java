package id.merit.discipline.domain;

import id.merit.discipline.rules.DisciplineDeadlines.DayCounting;
import id.merit.discipline.SedangRegime;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The discipline settings in force on a date: the sedang regime (PP 94/2021 Pasal 42 transition or the Pasal 8 ayat (3)
 * allowance cut) and how the days to the effective date are counted (Pasal 38 ayat (1)). {@code id} null is the
 * built-in default used before any version was saved.
 */
public record DisciplineRuleSet(Long id, SedangRegime regime, DayCounting counting, LocalDate effectiveFrom, String note,
                                String createdBy, OffsetDateTime createdAt) {

    /** PP 94/2021 applies from 31 August 2021; the transitional sedang kinds and calendar days until changed. */
    public static final DisciplineRuleSet DEFAULT = new DisciplineRuleSet(null, SedangRegime.DEFAULT, DayCounting.CALENDAR,
            LocalDate.of(2021, 8, 31), null, null, null);
}
