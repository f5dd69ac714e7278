package id.merit.attendance;

/**
 * The punishment an attendance record calls for (interchange.md §3 {@code band}); the PP 94/2021 kinds of
 * Pasal 8, with the PP 53/2010 kinds mapped onto the nearest code (see rules.AbsenceSanctionPolicy).
 */
public enum SanctionBand {
    NONE, TEGURAN_LISAN, TEGURAN_TERTULIS, PERNYATAAN_TIDAK_PUAS, SEDANG_6_BULAN, SEDANG_9_BULAN, SEDANG_12_BULAN,
    PENURUNAN_JABATAN, PEMBEBASAN_JABATAN, PEMBERHENTIAN;

    /** The level a band belongs to (PP 94/2021 Pasal 8 ayat (2)–(4)). */
    public SanctionLevel level() {
        return switch (this) {
            case NONE -> SanctionLevel.NONE;
            case TEGURAN_LISAN, TEGURAN_TERTULIS, PERNYATAAN_TIDAK_PUAS -> SanctionLevel.RINGAN;
            case SEDANG_6_BULAN, SEDANG_9_BULAN, SEDANG_12_BULAN -> SanctionLevel.SEDANG;
            case PENURUNAN_JABATAN, PEMBEBASAN_JABATAN, PEMBERHENTIAN -> SanctionLevel.BERAT;
        };
    }
}
