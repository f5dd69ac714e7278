package id.merit.discipline;

import java.util.List;

/**
 * Jenis hukuman disiplin as coded in interchange.md §2, with its level and how long it runs.
 * <pre>
 *  kind                   level   months        source
 *  TEGURAN_LISAN          RINGAN  —             PP 94/2021 Ps 8(2)a
 *  TEGURAN_TERTULIS       RINGAN  —             PP 94/2021 Ps 8(2)b
 *  PERNYATAAN_TIDAK_PUAS  RINGAN  —             PP 94/2021 Ps 8(2)c
 *  TUKIN_CUT              SEDANG  6, 9 or 12    PP 94/2021 Ps 8(3)a–c (tukin −25%; chosen per decision)
 *  PENUNDAAN_KGB          SEDANG  12            PP 53/2010 Ps 7(3)a, kept by PP 94/2021 Ps 42 (transition)
 *  PENUNDAAN_PANGKAT      SEDANG  12            PP 53/2010 Ps 7(3)b, idem
 *  PENURUNAN_PANGKAT      SEDANG  12            PP 53/2010 Ps 7(3)c, idem
 *  PENURUNAN_JABATAN      BERAT   12            PP 94/2021 Ps 8(4)a
 *  PEMBEBASAN_JABATAN     BERAT   12            PP 94/2021 Ps 8(4)b
 *  PEMBERHENTIAN          BERAT   permanent     PP 94/2021 Ps 8(4)c (PDHTAPS)
 * </pre>
 * Declaration order inside a level is the order of severity, lightest first (the order of the regulation's
 * letters a, b, c).
 */
public enum PunishmentKind {
    TEGURAN_LISAN, TEGURAN_TERTULIS, PERNYATAAN_TIDAK_PUAS,
    TUKIN_CUT, PENUNDAAN_KGB, PENUNDAAN_PANGKAT, PENURUNAN_PANGKAT,
    PENURUNAN_JABATAN, PEMBEBASAN_JABATAN, PEMBERHENTIAN;

    private static final List<Integer> TUKIN_MONTHS = List.of(6, 9, 12);
    private static final List<Integer> ONE_YEAR = List.of(12);

    public PunishmentLevel level() {
        return switch (this) {
            case TEGURAN_LISAN, TEGURAN_TERTULIS, PERNYATAAN_TIDAK_PUAS -> PunishmentLevel.RINGAN;
            case TUKIN_CUT, PENUNDAAN_KGB, PENUNDAAN_PANGKAT, PENURUNAN_PANGKAT -> PunishmentLevel.SEDANG;
            case PENURUNAN_JABATAN, PEMBEBASAN_JABATAN, PEMBERHENTIAN -> PunishmentLevel.BERAT;
        };
    }

    /**
     * The durations the regulation allows, in months: one value when fixed, three when chosen per decision
     * (TUKIN_CUT), none for ringan kinds (no duration) and for dismissal (permanent).
     */
    public List<Integer> allowedMonths() {
        return switch (this) {
            case TEGURAN_LISAN, TEGURAN_TERTULIS, PERNYATAAN_TIDAK_PUAS, PEMBERHENTIAN -> List.of();
            case TUKIN_CUT -> TUKIN_MONTHS;
            case PENUNDAAN_KGB, PENUNDAAN_PANGKAT, PENURUNAN_PANGKAT, PENURUNAN_JABATAN, PEMBEBASAN_JABATAN -> ONE_YEAR;
        };
    }

    /** The decision must say how many months (only the allowance cut). */
    public boolean monthsChosen() {
        return allowedMonths().size() > 1;
    }

    /** Dismissal: in force from its effective date with no end. */
    public boolean permanent() {
        return this == PEMBERHENTIAN;
    }

    /** Ringan punishments are the reprimand letters counted as "surat teguran" in the yearly figures. */
    public boolean warningLetter() {
        return level() == PunishmentLevel.RINGAN;
    }

    /** The PP 53/2010 sedang kinds applied during the PP 94/2021 Pasal 42 transition. */
    public boolean transitional() {
        return switch (this) {
            case PENUNDAAN_KGB, PENUNDAAN_PANGKAT, PENURUNAN_PANGKAT -> true;
            case TEGURAN_LISAN, TEGURAN_TERTULIS, PERNYATAAN_TIDAK_PUAS, TUKIN_CUT, PENURUNAN_JABATAN, PEMBEBASAN_JABATAN,
                 PEMBERHENTIAN -> false;
        };
    }

    /** Whether {@code kind} belongs to {@code level} (the import rule "kind must belong to level"). */
    public boolean belongsTo(PunishmentLevel level) {
        return level() == level;
    }
}
