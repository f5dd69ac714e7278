package id.merit.discipline.rules;

import id.merit.discipline.SedangRegime;
import id.merit.discipline.PunishmentKind;
import java.util.Optional;

/**
 * Turns an attendance recommendation band (interchange.md §3 {@code band}) into the punishment a case starts from.
 * Ringan and berat bands name their PP 94/2021 kind directly. Sedang bands depend on the regime: under PP94_TUKIN
 * the allowance cut for 6/9/12 months (PP 94/2021 Pasal 10 ayat (2) huruf f); during the PP 94/2021 Pasal 42
 * transition the PP 53/2010 Pasal 7 ayat (3) kinds in their order of severity (KGB delay, promotion delay, rank
 * demotion) — which PP 53 kind fits which band is UNVERIFIED (regulations.md §4.1), so this is the default the
 * officer can change on the decision form.
 */
public final class AttendanceBands {

    /** The band codes of interchange.md §3. */
    enum Band {
        NONE, TEGURAN_LISAN, TEGURAN_TERTULIS, PERNYATAAN_TIDAK_PUAS, SEDANG_6_BULAN, SEDANG_9_BULAN, SEDANG_12_BULAN,
        PENURUNAN_JABATAN, PEMBEBASAN_JABATAN, PEMBERHENTIAN
    }

    private AttendanceBands() {
    }

    /** Empty for NONE, for an unknown code and for a missing one. */
    public static Optional<Sanction> sanctionFor(String band, SedangRegime regime) {
        Band b;
        try {
            b = band == null ? Band.NONE : Band.valueOf(band.trim());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        boolean tukin = regime == SedangRegime.PP94_TUKIN;
        return Optional.ofNullable(switch (b) {
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
