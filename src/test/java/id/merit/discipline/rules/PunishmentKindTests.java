package id.merit.discipline.rules;

import id.merit.discipline.SedangRegime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PP 94/2021 Pasal 8 and the PP 53/2010 Pasal 7 ayat (3) sedang kinds of the Pasal 42 transition (regulations.md §4.1). */
class PunishmentKindTests {

    @ParameterizedTest(name = "{0}: {1}, months {2}, PP94_TUKIN {3}, PP53 {4}")
    @CsvSource({
            "TEGURAN_LISAN,         RINGAN, '',      true,  true,  PP 94/2021 Pasal 8 ayat (2) huruf a",
            "TEGURAN_TERTULIS,      RINGAN, '',      true,  true,  PP 94/2021 Pasal 8 ayat (2) huruf b",
            "PERNYATAAN_TIDAK_PUAS, RINGAN, '',      true,  true,  PP 94/2021 Pasal 8 ayat (2) huruf c",
            "TUKIN_CUT,             SEDANG, 6 9 12,  true,  false, PP 94/2021 Pasal 8 ayat (3) huruf a",
            "PENUNDAAN_KGB,         SEDANG, 12,      false, true,  PP 53/2010 Pasal 7 ayat (3) huruf a jo. PP 94/2021 Pasal 42",
            "PENUNDAAN_PANGKAT,     SEDANG, 12,      false, true,  PP 53/2010 Pasal 7 ayat (3) huruf b jo. PP 94/2021 Pasal 42",
            "PENURUNAN_PANGKAT,     SEDANG, 12,      false, true,  PP 53/2010 Pasal 7 ayat (3) huruf c jo. PP 94/2021 Pasal 42",
            "PENURUNAN_JABATAN,     BERAT,  12,      true,  true,  PP 94/2021 Pasal 8 ayat (4) huruf a",
            "PEMBEBASAN_JABATAN,    BERAT,  12,      true,  true,  PP 94/2021 Pasal 8 ayat (4) huruf b",
            "PEMBERHENTIAN,         BERAT,  '',      true,  true,  PP 94/2021 Pasal 8 ayat (4) huruf c",
    })
    void levelDurationRegimeAndBasis(PunishmentKind kind, PunishmentLevel level, String months, boolean underTukin, boolean underPp53,
                                     String basis) {
        assertThat(kind.level()).isEqualTo(level);
        assertThat(kind.belongsTo(level)).isTrue();
        Arrays.stream(PunishmentLevel.values()).filter(l -> l != level).forEach(l -> assertThat(kind.belongsTo(l)).isFalse());
        List<Integer> expected = months.isBlank() ? List.of() : Arrays.stream(months.split(" ")).map(Integer::valueOf).toList();
        assertThat(kind.allowedMonths()).isEqualTo(expected);
        assertThat(SedangRegime.PP94_TUKIN.allows(kind)).isEqualTo(underTukin);
        assertThat(SedangRegime.PP53_TRANSITIONAL.allows(kind)).isEqualTo(underPp53);
        assertThat(Sanction.of(kind, kind.monthsChosen() ? 6 : null).basis()).isEqualTo(basis);
    }

    @ParameterizedTest(name = "{0}/{1} -> {2}")
    @CsvSource(nullValues = "-", value = {
            "TUKIN_CUT,         6,  -",
            "TUKIN_CUT,         9,  -",
            "TUKIN_CUT,         12, -",
            "TUKIN_CUT,         -,  MONTHS_REQUIRED",
            "TUKIN_CUT,         3,  MONTHS_NOT_ALLOWED",
            "TUKIN_CUT,         24, MONTHS_NOT_ALLOWED",
            "PENURUNAN_JABATAN, -,  -",
            "PENURUNAN_JABATAN, 12, -",
            "PENURUNAN_JABATAN, 6,  MONTHS_NOT_ALLOWED",
            "TEGURAN_LISAN,     -,  -",
            "TEGURAN_LISAN,     6,  MONTHS_NOT_ALLOWED",
            "PEMBERHENTIAN,     12, MONTHS_NOT_ALLOWED",
    })
    void monthsAreChosenOnlyForTheAllowanceCut(PunishmentKind kind, Integer months, Sanction.Problem expected) {
        assertThat(Sanction.problem(kind, months)).isEqualTo(Optional.ofNullable(expected));
        if (expected != null) {
            assertThatThrownBy(() -> Sanction.of(kind, months)).isInstanceOf(IllegalArgumentException.class);
        } else {
            assertThat(Sanction.of(kind, months).months()).isEqualTo(kind.allowedMonths().isEmpty() ? null
                    : kind.monthsChosen() ? months : kind.allowedMonths().get(0));
        }
    }

    @ParameterizedTest(name = "band {0} under {1} -> {2}")
    @CsvSource(nullValues = "-", value = {
            // interchange.md §3 bands; sedang under the regime (PP 94/2021 Ps 10(2)f vs Ps 42 + PP 53/2010 Ps 7(3))
            "NONE,                  PP94_TUKIN,        -",
            "TEGURAN_LISAN,         PP94_TUKIN,        TEGURAN_LISAN",
            "TEGURAN_TERTULIS,      PP53_TRANSITIONAL, TEGURAN_TERTULIS",
            "PERNYATAAN_TIDAK_PUAS, PP53_TRANSITIONAL, PERNYATAAN_TIDAK_PUAS",
            "SEDANG_6_BULAN,        PP94_TUKIN,        TUKIN_CUT/6",
            "SEDANG_9_BULAN,        PP94_TUKIN,        TUKIN_CUT/9",
            "SEDANG_12_BULAN,       PP94_TUKIN,        TUKIN_CUT/12",
            "SEDANG_6_BULAN,        PP53_TRANSITIONAL, PENUNDAAN_KGB",
            "SEDANG_9_BULAN,        PP53_TRANSITIONAL, PENUNDAAN_PANGKAT",
            "SEDANG_12_BULAN,       PP53_TRANSITIONAL, PENURUNAN_PANGKAT",
            "PENURUNAN_JABATAN,     PP53_TRANSITIONAL, PENURUNAN_JABATAN",
            "PEMBEBASAN_JABATAN,    PP94_TUKIN,        PEMBEBASAN_JABATAN",
            "PEMBERHENTIAN,         PP94_TUKIN,        PEMBERHENTIAN",
            "SEDANG_7_BULAN,        PP94_TUKIN,        -",
            "-,                     PP94_TUKIN,        -",
    })
    void attendanceBandsStartACaseWithTheirPunishment(String band, SedangRegime regime, String expected) {
        Optional<Sanction> s = AttendanceBands.sanctionFor(band, regime);
        if (expected == null) {
            assertThat(s).isEmpty();
        } else {
            String[] p = expected.split("/");
            assertThat(s).contains(Sanction.of(PunishmentKind.valueOf(p[0]), p.length > 1 ? Integer.valueOf(p[1]) : null));
            assertThat(regime.allows(s.get().kind())).isTrue();
        }
    }
}
