package id.merit.discipline.rules;

import id.merit.discipline.PunishmentKind;
import id.merit.discipline.SanctionBand;
import id.merit.discipline.SedangRegime;
import java.util.Optional;

/**
 * Turns an attendance recommendation band (interchange.md §3 {@code band}) into the punishment a case starts from.
 * Ringan and berat bands name their PP 94/2021 kind directly. Sedang bands depend on the regime: under PP94_TUKIN
 * the allowance cut for 6/9/12 months (PP 94/2021 Pasal 10 ayat (2) huruf f); during the PP 94/2021 Pasal 42
 * transition the PP 53/2010 Pasal 7 ayat (3) kinds in their order of severity (KGB delay, promotion delay, rank
 * demotion) — which PP 53 kind fits which band is UNVERIFIED (regulations.md §4.1), so this is the default the
 * officer can change on the decision form. A case is examined under PP 94/2021 (Pasal 40 ayat (3)), so these are
 * PP 94/2021 kinds whatever the year of the absences.
 */
public final class AttendanceBands {

    private AttendanceBands() {
    }

    /** Empty for NONE, for an unknown code and for a missing one (a code typed in a link). */
    public static Optional<Sanction> sanctionFor(String band, SedangRegime regime) {
        return SanctionBand.parse(band).flatMap(b -> sanctionFor(b, regime));
    }

    /** Empty for NONE. */
    public static Optional<Sanction> sanctionFor(SanctionBand band, SedangRegime regime) {
        boolean tukin = regime == SedangRegime.PP94_TUKIN;
        return Optional.ofNullable(switch (band) {
            case NONE -> null;
            case TEGURAN_LISAN -> Sanction.of(PunishmentKind.TEGURAN_LISAN, null);
            case TEGURAN_TERTULIS -> Sanction.of(PunishmentKind.TEGURAN_TERTULIS, null);
            case PERNYATAAN_TIDAK_PUAS -> Sanction.of(PunishmentKind.PERNYATAAN_TIDAK_PUAS, null);
            case SEDANG_6_BULAN -> tukin ? Sanction.of(PunishmentKind.TUKIN_CUT, 6) : Sanction.of(PunishmentKind.PENUNDAAN_KGB, null);
            case SEDANG_9_BULAN -> tukin ? Sanction.of(PunishmentKind.TUKIN_CUT, 9) : Sanction.of(PunishmentKind.PENUNDAAN_PANGKAT, null);
            case SEDANG_12_BULAN -> tukin ? Sanction.of(PunishmentKind.TUKIN_CUT, 12) : Sanction.of(PunishmentKind.PENURUNAN_PANGKAT, null);
            case PENURUNAN_JABATAN -> Sanction.of(PunishmentKind.PENURUNAN_JABATAN, null);
            case PEMBEBASAN_JABATAN -> Sanction.of(PunishmentKind.PEMBEBASAN_JABATAN, null);
            case PEMBERHENTIAN -> Sanction.of(PunishmentKind.PEMBERHENTIAN, null);
        });
    }
}
