package id.merit.discipline.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.merit.discipline.DisciplineRegime;
import id.merit.discipline.Pp53Kind;
import id.merit.discipline.Recommendation;
import id.merit.discipline.SanctionBand;
import id.merit.discipline.SanctionLevel;
import id.merit.discipline.SedangRegime;
import id.merit.discipline.rules.AbsenceSanctionPolicy.Counts;
import id.merit.discipline.rules.AbsenceSanctionPolicy.Settings;
import id.merit.employee.EmployeeType;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The unexcused-absence tables of regulations.md §4.2, row for row with every boundary. */
class AbsenceSanctionPolicyTests {

    private static final LocalDate PP94_DATE = LocalDate.of(2025, 12, 31);
    private static final LocalDate PP53_DATE = LocalDate.of(2020, 12, 31);

    // PP 94/2021 Pasal 9 ayat (2) huruf b, Pasal 10 ayat (2) huruf f, Pasal 11 ayat (2) huruf d (regulations.md §4.2,
    // rules-defaults.md "Sanction recommendation from attendance"); regulations.md §10 T6.
    @ParameterizedTest(name = "PP 94/2021: {0} days -> {1} {2}")
    @CsvSource({
            "0,  NONE,                  NONE,   Pasal 9 ayat (2) huruf b",
            "2,  NONE,                  NONE,   Pasal 9 ayat (2) huruf b",
            "3,  TEGURAN_LISAN,         RINGAN, Pasal 9 ayat (2) huruf b angka 1",
            "4,  TEGURAN_TERTULIS,      RINGAN, Pasal 9 ayat (2) huruf b angka 2",
            "6,  TEGURAN_TERTULIS,      RINGAN, Pasal 9 ayat (2) huruf b angka 2",
            "7,  PERNYATAAN_TIDAK_PUAS, RINGAN, Pasal 9 ayat (2) huruf b angka 3",
            "10, PERNYATAAN_TIDAK_PUAS, RINGAN, Pasal 9 ayat (2) huruf b angka 3",
            "11, SEDANG_6_BULAN,        SEDANG, Pasal 10 ayat (2) huruf f angka 1",
            "13, SEDANG_6_BULAN,        SEDANG, Pasal 10 ayat (2) huruf f angka 1",
            "14, SEDANG_9_BULAN,        SEDANG, Pasal 10 ayat (2) huruf f angka 2",
            "16, SEDANG_9_BULAN,        SEDANG, Pasal 10 ayat (2) huruf f angka 2",
            "17, SEDANG_12_BULAN,       SEDANG, Pasal 10 ayat (2) huruf f angka 3",
            "20, SEDANG_12_BULAN,       SEDANG, Pasal 10 ayat (2) huruf f angka 3",
            "21, PENURUNAN_JABATAN,     BERAT,  Pasal 11 ayat (2) huruf d angka 1",
            "24, PENURUNAN_JABATAN,     BERAT,  Pasal 11 ayat (2) huruf d angka 1",
            "25, PEMBEBASAN_JABATAN,    BERAT,  Pasal 11 ayat (2) huruf d angka 2",
            "27, PEMBEBASAN_JABATAN,    BERAT,  Pasal 11 ayat (2) huruf d angka 2",
            "28, PEMBERHENTIAN,         BERAT,  Pasal 11 ayat (2) huruf d angka 3",
            "120, PEMBERHENTIAN,        BERAT,  Pasal 11 ayat (2) huruf d angka 3",
    })
    void pp94Table(int days, SanctionBand band, SanctionLevel level, String article) {
        Recommendation r = AbsenceSanctionPolicy.recommend(PP94_DATE, days, Math.min(days, 1), SedangRegime.PP94_TUKIN);
        assertThat(r.band()).isEqualTo(band);
        assertThat(r.level()).isEqualTo(level);
        assertThat(r.basis()).startsWith("PP 94/2021 " + article);
    }

    // PP 94/2021 Pasal 11 ayat (2) huruf d angka 4 and Pasal 15 ayat (2): 10 consecutive working days → PDHTAPS,
    // whatever the total (regulations.md §10 T7); 9 consecutive days follow the cumulative table.
    @ParameterizedTest(name = "PP 94/2021: {0} days, streak {1} -> {2}")
    @CsvSource({
            "9,  9,  PERNYATAAN_TIDAK_PUAS",
            "10, 9,  PERNYATAAN_TIDAK_PUAS",
            "10, 10, PEMBERHENTIAN",
            "12, 11, PEMBERHENTIAN",
            "20, 9,  SEDANG_12_BULAN",
    })
    void pp94ConsecutiveDays(int days, int streak, SanctionBand band) {
        Recommendation r = AbsenceSanctionPolicy.recommend(PP94_DATE, days, streak, SedangRegime.PP94_TUKIN);
        assertThat(r.band()).isEqualTo(band);
        if (streak >= 10) {
            assertThat(r.level()).isEqualTo(SanctionLevel.BERAT);
            assertThat(r.basis()).contains("Pasal 11 ayat (2) huruf d angka 4").contains("Pasal 15 ayat (2)");
        }
    }

    // The interchange.md §3 example: 5 days → TEGURAN_TERTULIS / RINGAN, "PP 94/2021 Pasal 9 ayat (2) huruf b".
    @Test
    void interchangeExample() {
        Recommendation r = AbsenceSanctionPolicy.recommend(LocalDate.of(2025, 12, 31), 5, 2, SedangRegime.PP53_TRANSITIONAL);
        assertThat(r.band()).isEqualTo(SanctionBand.TEGURAN_TERTULIS);
        assertThat(r.level()).isEqualTo(SanctionLevel.RINGAN);
        assertThat(r.basis()).contains("PP 94/2021 Pasal 9 ayat (2) huruf b");
    }

    // PP 94/2021 Pasal 42: until the PP on salaries and allowances, sedang follows PP 53/2010 Pasal 7 ayat (3).
    @Test
    void sedangBasisNamesTheTransitionalKindsUntilSwitched() {
        assertThat(AbsenceSanctionPolicy.recommend(PP94_DATE, 12, 1, SedangRegime.PP53_TRANSITIONAL).basis())
                .contains("Pasal 10 ayat (2) huruf f angka 1").contains("Pasal 42").contains("PP 53/2010 Pasal 7 ayat (3)");
        assertThat(AbsenceSanctionPolicy.recommend(PP94_DATE, 12, 1, SedangRegime.PP94_TUKIN).basis()).doesNotContain("Pasal 42");
        assertThat(AbsenceSanctionPolicy.recommend(PP94_DATE, 5, 1, SedangRegime.PP53_TRANSITIONAL).basis()).doesNotContain("Pasal 42");
    }

    // PP 94/2021 was set and promulgated on 31 August 2021: counting up to 30 August uses PP 53/2010.
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "2021-08-30, PP_53_2010, NONE",
            "2021-08-31, PP_94_2021, TEGURAN_TERTULIS",
            "2021-01-01, PP_53_2010, NONE",
            "2021-12-31, PP_94_2021, TEGURAN_TERTULIS",
    })
    void regimeSwitch(LocalDate asOf, DisciplineRegime regime, SanctionBand bandFor4Days) {
        assertThat(DisciplineRegime.ofFigures(asOf)).isEqualTo(regime);
        Recommendation r = AbsenceSanctionPolicy.recommend(asOf, 4, 1, SedangRegime.PP53_TRANSITIONAL);
        assertThat(r.band()).isEqualTo(bandFor4Days);
        assertThat(r.basis()).startsWith(regime == DisciplineRegime.PP_94_2021 ? "PP 94/2021" : "PP 53/2010");
    }

    // PP 53/2010 Pasal 3 angka 11 with Pasal 8 angka 9, Pasal 9 angka 11, Pasal 10 angka 9 (regulations.md §4.2 legacy
    // table), mapped onto the PP 94/2021 band codes as documented in AbsenceSanctionPolicy.
    @ParameterizedTest(name = "PP 53/2010: {0} days -> {1}")
    @CsvSource({
            "0,  NONE,                  NONE,   Pasal 8 angka 9",
            "4,  NONE,                  NONE,   Pasal 8 angka 9",
            "5,  TEGURAN_LISAN,         RINGAN, Pasal 8 angka 9 huruf a",
            "6,  TEGURAN_TERTULIS,      RINGAN, Pasal 8 angka 9 huruf b",
            "10, TEGURAN_TERTULIS,      RINGAN, Pasal 8 angka 9 huruf b",
            "11, PERNYATAAN_TIDAK_PUAS, RINGAN, Pasal 8 angka 9 huruf c",
            "15, PERNYATAAN_TIDAK_PUAS, RINGAN, Pasal 8 angka 9 huruf c",
            "16, SEDANG_6_BULAN,        SEDANG, Pasal 9 angka 11 huruf a",
            "20, SEDANG_6_BULAN,        SEDANG, Pasal 9 angka 11 huruf a",
            "21, SEDANG_9_BULAN,        SEDANG, Pasal 9 angka 11 huruf b",
            "25, SEDANG_9_BULAN,        SEDANG, Pasal 9 angka 11 huruf b",
            "26, SEDANG_12_BULAN,       SEDANG, Pasal 9 angka 11 huruf c",
            "30, SEDANG_12_BULAN,       SEDANG, Pasal 9 angka 11 huruf c",
            "31, PENURUNAN_JABATAN,     BERAT,  Pasal 10 angka 9 huruf a",
            "35, PENURUNAN_JABATAN,     BERAT,  Pasal 10 angka 9 huruf a",
            "36, PENURUNAN_JABATAN,     BERAT,  Pasal 10 angka 9 huruf b",
            "40, PENURUNAN_JABATAN,     BERAT,  Pasal 10 angka 9 huruf b",
            "41, PEMBEBASAN_JABATAN,    BERAT,  Pasal 10 angka 9 huruf c",
            "45, PEMBEBASAN_JABATAN,    BERAT,  Pasal 10 angka 9 huruf c",
            "46, PEMBERHENTIAN,         BERAT,  Pasal 10 angka 9 huruf d",
            "200, PEMBERHENTIAN,        BERAT,  Pasal 10 angka 9 huruf d",
    })
    void pp53Table(int days, SanctionBand band, SanctionLevel level, String article) {
        Recommendation r = AbsenceSanctionPolicy.recommend(PP53_DATE, days, Math.min(days, 1), SedangRegime.PP53_TRANSITIONAL);
        assertThat(r.band()).isEqualTo(band);
        assertThat(r.level()).isEqualTo(level);
        assertThat(r.basis()).startsWith("PP 53/2010 Pasal 3 angka 11 jo. " + article);
    }

    // PP 53/2010 has no consecutive-days rule: 10 consecutive days count only towards the cumulative table.
    @Test
    void pp53HasNoStreakRule() {
        assertThat(AbsenceSanctionPolicy.recommend(PP53_DATE, 10, 10, SedangRegime.PP53_TRANSITIONAL).band())
                .isEqualTo(SanctionBand.TEGURAN_TERTULIS);
    }

    @Test
    void refusesImpossibleCounts() {
        assertThatThrownBy(() -> AbsenceSanctionPolicy.recommend(PP94_DATE, -1, 0, SedangRegime.PP94_TUKIN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AbsenceSanctionPolicy.recommend(PP94_DATE, 3, 4, SedangRegime.PP94_TUKIN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyBandBelongsToItsLevel() {
        for (SanctionBand b : SanctionBand.values()) {
            assertThat(new Recommendation(b, b.level(), "x").level()).isEqualTo(b.level());
        }
        assertThatThrownBy(() -> new Recommendation(SanctionBand.PEMBERHENTIAN, SanctionLevel.RINGAN, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ---------------------------------------------------------------- issue 8: regime, PP 53 kinds, lateness, who

    private static final Settings DEFAULTS = new Settings(SedangRegime.PP53_TRANSITIONAL, false, "Perbup 12/2024 tentang pegawai non-ASN");

    // PP 94/2021 Pasal 40 ayat (3) and Pasal 46 (in force 31 August 2021): a case examined on or after that day uses
    // PP 94/2021 whatever the dates of the absences; examined before, PP 53/2010. 5 days: PP 53 teguran lisan (5),
    // PP 94 teguran tertulis (4–6).
    @ParameterizedTest(name = "examined {0} -> {1}")
    @CsvSource({
            "2021-08-30, PP_53_2010, TEGURAN_LISAN,    PP 53/2010",
            "2021-08-31, PP_94_2021, TEGURAN_TERTULIS, PP 94/2021",
            "2021-09-01, PP_94_2021, TEGURAN_TERTULIS, PP 94/2021",
            "2026-12-04, PP_94_2021, TEGURAN_TERTULIS, PP 94/2021",
    })
    void caseRegimeFollowsTheExaminationDate(LocalDate examined, DisciplineRegime regime, SanctionBand bandFor5Days, String cited) {
        assertThat(DisciplineRegime.ofExamination(examined)).isEqualTo(regime);
        // absences of 2020, counted to 31 December 2020: as figures of that year they stood under PP 53/2010
        assertThat(DisciplineRegime.ofFigures(LocalDate.of(2020, 12, 31))).isEqualTo(DisciplineRegime.PP_53_2010);
        Recommendation r = AbsenceSanctionPolicy.recommend(DisciplineRegime.ofExamination(examined),
                new Counts(EmployeeType.PNS, 5, 1, 0), DEFAULTS);
        assertThat(r.band()).isEqualTo(bandFor5Days);
        assertThat(r.regime()).isEqualTo(regime);
        assertThat(r.basis()).startsWith(cited);
    }

    // PP 53/2010 Pasal 9 angka 11 and Pasal 10 angka 9: the kinds keep their own names; the API band is the nearest code.
    @ParameterizedTest(name = "PP 53/2010: {0} days -> {1}")
    @CsvSource({
            "4,  -,                             NONE",
            "5,  TEGURAN_LISAN,                 TEGURAN_LISAN",
            "16, PENUNDAAN_KGB_1_TAHUN,         SEDANG_6_BULAN",
            "21, PENUNDAAN_PANGKAT_1_TAHUN,     SEDANG_9_BULAN",
            "26, PENURUNAN_PANGKAT_1_TAHUN,     SEDANG_12_BULAN",
            "30, PENURUNAN_PANGKAT_1_TAHUN,     SEDANG_12_BULAN",
            "31, PENURUNAN_PANGKAT_3_TAHUN,     PENURUNAN_JABATAN",
            "35, PENURUNAN_PANGKAT_3_TAHUN,     PENURUNAN_JABATAN",
            "36, PEMINDAHAN_PENURUNAN_JABATAN,  PENURUNAN_JABATAN",
            "40, PEMINDAHAN_PENURUNAN_JABATAN,  PENURUNAN_JABATAN",
            "41, PEMBEBASAN_JABATAN,            PEMBEBASAN_JABATAN",
            "45, PEMBEBASAN_JABATAN,            PEMBEBASAN_JABATAN",
            "46, PEMBERHENTIAN,                 PEMBERHENTIAN",
    })
    void pp53KindsKeepTheirNames(int days, String kind, SanctionBand band) {
        Recommendation r = AbsenceSanctionPolicy.recommend(PP53_DATE, days, Math.min(days, 1), SedangRegime.PP53_TRANSITIONAL);
        assertThat(r.pp53Kind()).isEqualTo("-".equals(kind) ? null : Pp53Kind.valueOf(kind));
        assertThat(r.band()).isEqualTo(band);
        assertThat(r.regime()).isEqualTo(DisciplineRegime.PP_53_2010);
        assertThat(AbsenceSanctionPolicy.recommend(PP94_DATE, days, Math.min(days, 1), SedangRegime.PP53_TRANSITIONAL).pp53Kind()).isNull();
    }

    // PP 53/2010 Penjelasan Pasal 3 angka 11: 7.5 accumulated hours (450 minutes) late/early = 1 day of absence.
    // On for PP 53/2010-regime counts; for PP 94/2021-regime counts only when the setting is on (rules-defaults.md).
    // Moved here from AttendanceCalculatorTests.conversionSwitch (attendance no longer converts). 4 days without a
    // punch + converted days: 4 → TEGURAN_TERTULIS (PP 94) / NONE (PP 53, < 5).
    @ParameterizedTest(name = "{0} minutes, {1}, PP 94 switch {2} -> {3} converted, {4}")
    @CsvSource({
            "0,   PP_94_2021, false, 0, TEGURAN_TERTULIS",
            "449, PP_94_2021, true,  0, TEGURAN_TERTULIS",
            "450, PP_94_2021, true,  1, TEGURAN_TERTULIS",
            "899, PP_94_2021, true,  1, TEGURAN_TERTULIS",
            "900, PP_94_2021, true,  2, TEGURAN_TERTULIS",
            "1349, PP_94_2021, true, 2, TEGURAN_TERTULIS",
            "1350, PP_94_2021, true, 3, PERNYATAAN_TIDAK_PUAS",
            "900, PP_94_2021, false, 0, TEGURAN_TERTULIS",
            "1350, PP_94_2021, false, 0, TEGURAN_TERTULIS",
            "449, PP_53_2010, false, 0, NONE",
            "450, PP_53_2010, false, 1, TEGURAN_LISAN",
            "899, PP_53_2010, false, 1, TEGURAN_LISAN",
            "900, PP_53_2010, false, 2, TEGURAN_TERTULIS",
    })
    void latenessConversion(int minutes, DisciplineRegime regime, boolean pp94Switch, int converted, SanctionBand band) {
        assertThat(AbsenceSanctionPolicy.convertedDays(minutes)).isEqualTo(minutes / 450);
        Recommendation r = AbsenceSanctionPolicy.recommend(regime, new Counts(EmployeeType.PNS, 4, 1, minutes),
                new Settings(SedangRegime.PP53_TRANSITIONAL, pp94Switch, "x"));
        assertThat(r.convertedDays()).isEqualTo(converted);
        assertThat(r.band()).isEqualTo(band);
        if (converted > 0) {
            assertThat(r.basis()).contains("dihitung 4 hari").contains(converted + " hari dari " + minutes + " menit")
                    .contains("PP 53/2010 Penjelasan Pasal 3 angka 11");
        } else {
            assertThat(r.basis()).doesNotContain("Penjelasan Pasal 3 angka 11");
        }
    }

    // Converted days never make a streak: 9 consecutive days + 900 minutes is not the 10-day dismissal (PP 94 Ps 11(2)d.4).
    @Test
    void convertedDaysDoNotExtendTheStreak() {
        Recommendation r = AbsenceSanctionPolicy.recommend(DisciplineRegime.PP_94_2021, new Counts(EmployeeType.PNS, 9, 9, 900),
                new Settings(SedangRegime.PP94_TUKIN, true, "x"));
        assertThat(r.band()).isEqualTo(SanctionBand.SEDANG_6_BULAN);   // 9 + 2 = 11 days
    }

    // Who PP 94/2021 covers: PNS, CPNS (Pasal 43), PPPK (PP 49/2018 Pasal 52–54) keep the table; non-ASN (honorary) staff
    // get NONE with the regent's regulation as basis, whatever their absence, under either regime.
    @ParameterizedTest(name = "{0}, {1} days -> {2}")
    @CsvSource({
            "PNS,              28, PEMBERHENTIAN",
            "CPNS,             28, PEMBERHENTIAN",
            "PPPK,             28, PEMBERHENTIAN",
            "PPPK_PARUH_WAKTU, 4,  TEGURAN_TERTULIS",
            "NON_ASN_PHT,      28, NONE",
            "NON_ASN_PHL,      28, NONE",
            "NON_ASN_PHL,      0,  NONE",
    })
    void honoraryStaffGetNoPp94Recommendation(EmployeeType type, int days, SanctionBand band) {
        for (DisciplineRegime regime : DisciplineRegime.values()) {
            Recommendation r = AbsenceSanctionPolicy.recommend(regime, new Counts(type, days, Math.min(days, 9), 5000), DEFAULTS);
            if (type.isAsn()) {
                assertThat(r.basis()).doesNotContain("Perbup");
            } else {
                assertThat(r.band()).isEqualTo(SanctionBand.NONE);
                assertThat(r.level()).isEqualTo(SanctionLevel.NONE);
                assertThat(r.basis()).isEqualTo("Perbup 12/2024 tentang pegawai non-ASN").doesNotContain("PP 94/2021");
            }
        }
        assertThat(AbsenceSanctionPolicy.recommend(DisciplineRegime.PP_94_2021, new Counts(type, days, Math.min(days, 9), 0), DEFAULTS)
                .band()).isEqualTo(band);
    }

    @Test
    void everyPp53KindHasItsBandsLevel() {
        for (Pp53Kind k : Pp53Kind.values()) {
            assertThat(new Recommendation(k.band(), k.band().level(), "x", DisciplineRegime.PP_53_2010, k, 0).pp53Kind()).isEqualTo(k);
        }
        assertThatThrownBy(() -> new Recommendation(SanctionBand.TEGURAN_LISAN, SanctionLevel.RINGAN, "x", DisciplineRegime.PP_53_2010,
                Pp53Kind.PEMBEBASAN_JABATAN, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
