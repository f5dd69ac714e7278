package id.merit.attendance.rules;

import id.merit.discipline.SedangRegime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.merit.attendance.Recommendation;
import id.merit.attendance.SanctionBand;
import id.merit.attendance.SanctionLevel;
import id.merit.attendance.rules.AbsenceSanctionPolicy.Regime;
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
    void regimeSwitch(LocalDate asOf, Regime regime, SanctionBand bandFor4Days) {
        assertThat(Regime.on(asOf)).isEqualTo(regime);
        Recommendation r = AbsenceSanctionPolicy.recommend(asOf, 4, 1, SedangRegime.PP53_TRANSITIONAL);
        assertThat(r.band()).isEqualTo(bandFor4Days);
        assertThat(r.basis()).startsWith(regime == Regime.PP_94_2021 ? "PP 94/2021" : "PP 53/2010");
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
}
