package id.merit.discipline.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.merit.discipline.PunishmentKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** PP 94/2021 Pasal 35 ayat (1): several violations examined together → one punishment, the heaviest (T13). */
class HeaviestPunishmentTests {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            // T13 (regulations.md §10): ringan + berat in the same examination → only the berat one
            "TEGURAN_LISAN PEMBEBASAN_JABATAN,                          PEMBEBASAN_JABATAN",
            // inside ringan: PP 94/2021 Ps 8(2) a < b < c
            "TEGURAN_LISAN PERNYATAAN_TIDAK_PUAS TEGURAN_TERTULIS,       PERNYATAAN_TIDAK_PUAS",
            // the level decides before the kind: the lightest sedang beats the heaviest ringan
            "PERNYATAAN_TIDAK_PUAS PENUNDAAN_KGB,                        PENUNDAAN_KGB",
            // PP 53/2010 Ps 7(3) a < b < c (transitional sedang)
            "PENURUNAN_PANGKAT PENUNDAAN_KGB PENUNDAAN_PANGKAT,          PENURUNAN_PANGKAT",
            // inside berat: PP 94/2021 Ps 8(4) a < b < c
            "PENURUNAN_JABATAN PEMBERHENTIAN PEMBEBASAN_JABATAN,         PEMBERHENTIAN",
            "TUKIN_CUT/12 PENURUNAN_JABATAN,                             PENURUNAN_JABATAN",
            // the allowance cut: 6 < 9 < 12 months (Ps 8(3) a–c)
            "TUKIN_CUT/6 TUKIN_CUT/12 TUKIN_CUT/9,                       TUKIN_CUT/12",
            "TEGURAN_TERTULIS TUKIN_CUT/6,                               TUKIN_CUT/6",
            // one violation: its own punishment
            "TEGURAN_TERTULIS,                                           TEGURAN_TERTULIS",
    })
    void theHeaviestWins(String given, String expected) {
        List<Sanction> sanctions = new ArrayList<>(given.trim().split("\\s+").length);
        for (String token : given.trim().split("\\s+")) {
            sanctions.add(sanction(token));
        }
        assertThat(HeaviestPunishment.of(sanctions)).isEqualTo(sanction(expected.trim()));
        Collections.reverse(sanctions);
        assertThat(HeaviestPunishment.of(sanctions)).as("order of the violations does not matter").isEqualTo(sanction(expected.trim()));
    }

    @Test
    void noViolationNoPunishment() {
        assertThatThrownBy(() -> HeaviestPunishment.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    private static Sanction sanction(String token) {
        String[] p = token.split("/");
        return Sanction.of(PunishmentKind.valueOf(p[0]), p.length > 1 ? Integer.valueOf(p[1]) : null);
    }
}
