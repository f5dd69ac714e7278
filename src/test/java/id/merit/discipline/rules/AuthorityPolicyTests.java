package id.merit.discipline.rules;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import id.merit.employee.PositionKind;
import id.merit.employee.PositionLevel;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PP 94/2021 Pasal 16–25 for a regency, row for row as regulations.md §4.3 tables them (T12 included). Expected kinds
 * are written as level names (every kind of that level, both sedang regimes) and/or single kinds; "!CODE" is a
 * refusal with that reason.
 */
class AuthorityPolicyTests {

    @ParameterizedTest(name = "{0} on {1}/{2} ({3}) -> {4}")
    @CsvSource(nullValues = "-", value = {
            // PPK Kabupaten/Kota (the regent), PP 94/2021 Ps 18: the accused's position decides, the relation does not
            "PPK_KABUPATEN, JPT_PRATAMA,   -,            -,                 RINGAN SEDANG BERAT",
            "PPK_KABUPATEN, FUNGSIONAL,    AHLI_UTAMA,   -,                 RINGAN SEDANG PENURUNAN_JABATAN PEMBEBASAN_JABATAN",
            "PPK_KABUPATEN, ADMINISTRATOR, -,            -,                 SEDANG BERAT",
            "PPK_KABUPATEN, PENGAWAS,      -,            -,                 SEDANG BERAT",
            "PPK_KABUPATEN, PELAKSANA,     -,            -,                 SEDANG BERAT",
            "PPK_KABUPATEN, FUNGSIONAL,    AHLI_MADYA,   -,                 BERAT",
            "PPK_KABUPATEN, FUNGSIONAL,    AHLI_PERTAMA, -,                 BERAT",
            "PPK_KABUPATEN, FUNGSIONAL,    TERAMPIL,     -,                 BERAT",
            "PPK_KABUPATEN, PELAKSANA,     -,            ONE_LEVEL_BELOW,   SEDANG BERAT",
            "PPK_KABUPATEN, FUNGSIONAL,    -,            -,                 !POSITION_UNKNOWN",
            "PPK_KABUPATEN, -,             -,            -,                 !POSITION_UNKNOWN",
            // JPT Pratama, Ps 21: 1 level below ringan; 2 levels below sedang; JF in its environment ringan and sedang
            "JPT_PRATAMA,   ADMINISTRATOR, -,            ONE_LEVEL_BELOW,   RINGAN",
            "JPT_PRATAMA,   PENGAWAS,      -,            TWO_LEVELS_BELOW,  SEDANG",
            "JPT_PRATAMA,   PELAKSANA,     -,            ONE_LEVEL_BELOW,   RINGAN",
            "JPT_PRATAMA,   PELAKSANA,     -,            TWO_LEVELS_BELOW,  SEDANG",
            "JPT_PRATAMA,   FUNGSIONAL,    AHLI_MADYA,   JF_IN_ENVIRONMENT, RINGAN SEDANG",
            "JPT_PRATAMA,   ADMINISTRATOR, -,            TWO_LEVELS_BELOW,  !RELATION_MISMATCH",
            "JPT_PRATAMA,   PENGAWAS,      -,            ONE_LEVEL_BELOW,   !RELATION_MISMATCH",
            "JPT_PRATAMA,   JPT_PRATAMA,   -,            ONE_LEVEL_BELOW,   !NOT_SUBORDINATE",
            // Administrator, Ps 22(1): 1 below ringan; 2 below sedang (T12); JF ringan and sedang
            "ADMINISTRATOR, PENGAWAS,      -,            ONE_LEVEL_BELOW,   RINGAN",
            "ADMINISTRATOR, PELAKSANA,     -,            ONE_LEVEL_BELOW,   RINGAN",
            "ADMINISTRATOR, PELAKSANA,     -,            TWO_LEVELS_BELOW,  SEDANG",
            "ADMINISTRATOR, FUNGSIONAL,    AHLI_MUDA,    JF_IN_ENVIRONMENT, RINGAN SEDANG",
            "ADMINISTRATOR, PENGAWAS,      -,            TWO_LEVELS_BELOW,  !RELATION_MISMATCH",
            "ADMINISTRATOR, ADMINISTRATOR, -,            ONE_LEVEL_BELOW,   !NOT_SUBORDINATE",
            "ADMINISTRATOR, JPT_PRATAMA,   -,            ONE_LEVEL_BELOW,   !NOT_SUBORDINATE",
            // Pengawas, Ps 23(1): 1 below ringan; 2 below ringan and sedang; JF in its environment ringan only (T12)
            "PENGAWAS,      PELAKSANA,     -,            ONE_LEVEL_BELOW,   RINGAN",
            "PENGAWAS,      PELAKSANA,     -,            TWO_LEVELS_BELOW,  RINGAN SEDANG",
            "PENGAWAS,      FUNGSIONAL,    AHLI_PERTAMA, JF_IN_ENVIRONMENT, RINGAN",
            "PENGAWAS,      FUNGSIONAL,    TERAMPIL,     JF_IN_ENVIRONMENT, RINGAN",
            "PENGAWAS,      PENGAWAS,      -,            ONE_LEVEL_BELOW,   !NOT_SUBORDINATE",
            "PENGAWAS,      FUNGSIONAL,    AHLI_PERTAMA, ONE_LEVEL_BELOW,   !RELATION_MISMATCH",
            "PENGAWAS,      PELAKSANA,     -,            JF_IN_ENVIRONMENT, !RELATION_MISMATCH",
            "PENGAWAS,      PELAKSANA,     -,            -,                 !RELATION_REQUIRED",
            "PENGAWAS,      -,             -,            ONE_LEVEL_BELOW,   !POSITION_UNKNOWN",
            // Designated substitutes, Ps 22(2)-(3) and 23(2)-(3): only the 1-level-below power (ringan)
            "JF_AHLI_MADYA_FOR_ADMINISTRATOR, PENGAWAS,   -,          ONE_LEVEL_BELOW,   RINGAN",
            "JF_AHLI_MADYA_FOR_ADMINISTRATOR, PELAKSANA,  -,          ONE_LEVEL_BELOW,   RINGAN",
            "JF_AHLI_MADYA_FOR_ADMINISTRATOR, PELAKSANA,  -,          TWO_LEVELS_BELOW,  !SUBSTITUTE_ONE_LEVEL_ONLY",
            "JF_AHLI_MADYA_FOR_ADMINISTRATOR, FUNGSIONAL, AHLI_MUDA,  JF_IN_ENVIRONMENT, !SUBSTITUTE_ONE_LEVEL_ONLY",
            "JF_AHLI_MUDA_FOR_PENGAWAS,       PELAKSANA,  -,          ONE_LEVEL_BELOW,   RINGAN",
            "JF_AHLI_MUDA_FOR_PENGAWAS,       PELAKSANA,  -,          TWO_LEVELS_BELOW,  !SUBSTITUTE_ONE_LEVEL_ONLY",
            "JF_AHLI_MUDA_FOR_PENGAWAS,       ADMINISTRATOR, -,       ONE_LEVEL_BELOW,   !NOT_SUBORDINATE",
    })
    void regencyTable(DecidingOfficial official, PositionKind kind, PositionLevel level, Relation relation, String expected) {
        Authority a = AuthorityPolicy.of(official, kind, level, relation);

        if (expected.startsWith("!")) {
            assertThat(a.granted()).as("refused").isFalse();
            assertThat(a.refusal()).isEqualTo(Authority.Refusal.valueOf(expected.substring(1)));
            assertThat(a.kinds()).isEmpty();
        } else {
            assertThat(a.refusal()).as("refusal").isNull();
            assertThat(a.kinds()).isEqualTo(kinds(expected));
        }
        assertThat(a.basis()).startsWith("PP 94/2021 Pasal ");
    }

    @Test
    void t12PengawasOnAJfMayImposeRinganOnly() {
        Authority a = AuthorityPolicy.of(DecidingOfficial.PENGAWAS, PositionKind.FUNGSIONAL, PositionLevel.AHLI_PERTAMA,
                Relation.JF_IN_ENVIRONMENT);
        assertThat(a.levels()).containsExactly(PunishmentLevel.RINGAN);
    }

    @Test
    void t12AdministratorOnAPnsTwoLevelsDownMayImposeSedang() {
        Authority a = AuthorityPolicy.of(DecidingOfficial.ADMINISTRATOR, PositionKind.PELAKSANA, null, Relation.TWO_LEVELS_BELOW);
        assertThat(a.levels()).containsExactly(PunishmentLevel.SEDANG);
        assertThat(a.basis()).isEqualTo("PP 94/2021 Pasal 22 ayat (1)");
    }

    @ParameterizedTest(name = "{0} on {1}/{2} ({3}) imposing {4} -> {5}")
    @CsvSource(nullValues = "-", value = {
            "PENGAWAS,      FUNGSIONAL,  AHLI_PERTAMA, JF_IN_ENVIRONMENT, TEGURAN_TERTULIS,      -",
            "PENGAWAS,      FUNGSIONAL,  AHLI_PERTAMA, JF_IN_ENVIRONMENT, TUKIN_CUT,             KIND_NOT_ALLOWED",
            "ADMINISTRATOR, PELAKSANA,   -,            TWO_LEVELS_BELOW,  PENUNDAAN_KGB,         -",
            "ADMINISTRATOR, PELAKSANA,   -,            TWO_LEVELS_BELOW,  TEGURAN_LISAN,         KIND_NOT_ALLOWED",
            "ADMINISTRATOR, PELAKSANA,   -,            TWO_LEVELS_BELOW,  PENURUNAN_JABATAN,     KIND_NOT_ALLOWED",
            "PPK_KABUPATEN, PELAKSANA,   -,            -,                 TEGURAN_TERTULIS,      KIND_NOT_ALLOWED",
            "PPK_KABUPATEN, PELAKSANA,   -,            -,                 PEMBERHENTIAN,         -",
            "PPK_KABUPATEN, FUNGSIONAL,  AHLI_UTAMA,   -,                 PEMBEBASAN_JABATAN,    -",
            "PPK_KABUPATEN, FUNGSIONAL,  AHLI_UTAMA,   -,                 PEMBERHENTIAN,         KIND_NOT_ALLOWED",
            "PPK_KABUPATEN, JPT_PRATAMA, -,            -,                 PERNYATAAN_TIDAK_PUAS, -",
            "PENGAWAS,      PENGAWAS,    -,            ONE_LEVEL_BELOW,   TEGURAN_LISAN,         NOT_SUBORDINATE",
    })
    void checkNarrowsToOneKind(DecidingOfficial official, PositionKind kind, PositionLevel level, Relation relation,
                               PunishmentKind punishment, Authority.Refusal expected) {
        assertThat(AuthorityPolicy.check(official, kind, level, relation, punishment).refusal()).isEqualTo(expected);
    }

    @Test
    void everyOfficialCitesItsArticle() {
        assertThat(AuthorityPolicy.basis(DecidingOfficial.PPK_KABUPATEN)).isEqualTo("PP 94/2021 Pasal 18 ayat (3)");
        assertThat(AuthorityPolicy.basis(DecidingOfficial.JPT_PRATAMA)).isEqualTo("PP 94/2021 Pasal 21");
        assertThat(AuthorityPolicy.basis(DecidingOfficial.PENGAWAS)).isEqualTo("PP 94/2021 Pasal 23 ayat (1)");
        assertThat(AuthorityPolicy.basis(DecidingOfficial.JF_AHLI_MUDA_FOR_PENGAWAS)).isEqualTo("PP 94/2021 Pasal 23 ayat (2) dan (3)");
    }

    private static Set<PunishmentKind> kinds(String tokens) {
        EnumSet<PunishmentKind> out = EnumSet.noneOf(PunishmentKind.class);
        for (String t : tokens.trim().split("\\s+")) {
            if (Arrays.stream(PunishmentLevel.values()).anyMatch(l -> l.name().equals(t))) {
                out.addAll(PunishmentLevel.valueOf(t).kinds());
            } else {
                out.add(PunishmentKind.valueOf(t));
            }
        }
        return out;
    }
}
