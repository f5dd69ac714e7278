package id.merit.discipline.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.discipline.DisciplineRegime;
import id.merit.discipline.PunishmentKind;
import id.merit.discipline.Recommendation;
import id.merit.discipline.SanctionBand;
import id.merit.discipline.SedangRegime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the settings preview compares (issue 13 item 2): the band, and for PP 94/2021-regime figures the punishment a
 * case starts from. The sedang regime (PP 94/2021 Pasal 42 transition vs Pasal 8 ayat (3)) changes only sedang bands;
 * PP 53/2010-regime figures carry no sanction (their kind follows from the band).
 */
class AbsenceOutcomeTests {

    @ParameterizedTest(name = "{0} {1} {2} -> {3} {4}")
    @CsvSource(nullValues = "-", textBlock = """
            # regime,    band,                 sedang regime,     kind,                  months
            PP_94_2021,  NONE,                 PP53_TRANSITIONAL, -,                     -
            PP_94_2021,  TEGURAN_LISAN,        PP53_TRANSITIONAL, TEGURAN_LISAN,         -
            PP_94_2021,  TEGURAN_LISAN,        PP94_TUKIN,        TEGURAN_LISAN,         -
            PP_94_2021,  SEDANG_6_BULAN,       PP53_TRANSITIONAL, PENUNDAAN_KGB,         12
            PP_94_2021,  SEDANG_6_BULAN,       PP94_TUKIN,        TUKIN_CUT,             6
            PP_94_2021,  SEDANG_9_BULAN,       PP53_TRANSITIONAL, PENUNDAAN_PANGKAT,     12
            PP_94_2021,  SEDANG_9_BULAN,       PP94_TUKIN,        TUKIN_CUT,             9
            PP_94_2021,  SEDANG_12_BULAN,      PP53_TRANSITIONAL, PENURUNAN_PANGKAT,     12
            PP_94_2021,  SEDANG_12_BULAN,      PP94_TUKIN,        TUKIN_CUT,             12
            PP_94_2021,  PEMBERHENTIAN,        PP94_TUKIN,        PEMBERHENTIAN,         -
            PP_53_2010,  SEDANG_6_BULAN,       PP94_TUKIN,        -,                     -
            PP_53_2010,  TEGURAN_LISAN,        PP53_TRANSITIONAL, -,                     -
            """)
    void outcome(DisciplineRegime regime, SanctionBand band, SedangRegime sedang, PunishmentKind kind, Integer months) {
        Recommendation r = new Recommendation(band, band.level(), "basis", regime, null, 0);
        AbsenceOutcome o = AbsenceOutcome.of(r, sedang);
        assertThat(o.band()).isEqualTo(band);
        if (kind == null) {
            assertThat(o.sanction()).isNull();
        } else {
            assertThat(o.sanction().kind()).isEqualTo(kind);
            assertThat(o.sanction().months()).isEqualTo(months);
        }
    }

    @ParameterizedTest(name = "{0}: moves = {1}")
    @CsvSource(textBlock = """
            SEDANG_6_BULAN,  true
            SEDANG_12_BULAN, true
            TEGURAN_TERTULIS, false
            PENURUNAN_JABATAN, false
            NONE,            false
            """)
    void onlySedangBandsMoveWithTheSedangRegime(SanctionBand band, boolean moves) {
        Recommendation r = new Recommendation(band, band.level(), "basis");
        assertThat(!AbsenceOutcome.of(r, SedangRegime.PP53_TRANSITIONAL).equals(AbsenceOutcome.of(r, SedangRegime.PP94_TUKIN)))
                .isEqualTo(moves);
    }
}
