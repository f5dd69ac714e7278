package id.merit.discipline.domain;

import id.merit.discipline.rules.DisciplineDeadlines.DayCounting;
import id.merit.discipline.SedangRegime;
import id.merit.discipline.rules.AbsenceSanctionPolicy;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * The discipline settings in force on a date: the sedang regime (PP 94/2021 Pasal 42 transition or the Pasal 8 ayat (3)
 * allowance cut), how the days to the effective date are counted (Pasal 38 ayat (1)), whether the 7.5-hour lateness
 * conversion also applies to PP 94/2021-regime counts (rules-defaults.md: off by default) and the regulation cited for
 * non-ASN staff instead of PP 94/2021. {@code id} null is the built-in default used before any version was saved.
 */
public record DisciplineRuleSet(Long id, SedangRegime regime, DayCounting counting, boolean convertLatenessPp94, String honoraryBasis,
                                LocalDate effectiveFrom, String note, String createdBy, OffsetDateTime createdAt) {

    /** Cited for non-ASN (honorary) staff until an administrator names the regent's regulation. */
    public static final String DEFAULT_HONORARY_BASIS = "Peraturan Bupati tentang pegawai non-ASN (evaluasi kontrak tahunan); "
            + "PP 94/2021 tidak berlaku bagi pegawai non-ASN";

    /** PP 94/2021 applies from 31 August 2021; the transitional sedang kinds and calendar days until changed. */
    public static final DisciplineRuleSet DEFAULT = new DisciplineRuleSet(null, SedangRegime.DEFAULT, DayCounting.CALENDAR, false,
            DEFAULT_HONORARY_BASIS, LocalDate.of(2021, 8, 31), null, null, null);

    /** The parts the absence table reads. */
    public AbsenceSanctionPolicy.Settings absenceSettings() {
        return new AbsenceSanctionPolicy.Settings(regime, convertLatenessPp94, honoraryBasis);
    }
}
