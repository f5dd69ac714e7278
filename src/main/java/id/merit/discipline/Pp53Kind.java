package id.merit.discipline;

/**
 * The punishments of the PP 53/2010 absence table (regulations.md §4.2 legacy table), under their own names, with the
 * nearest PP 94/2021 band code of interchange.md §3 that the API gives for them. Pages and letters use these names.
 * <pre>
 *  kind                          PP 53/2010              band
 *  TEGURAN_LISAN                 Ps 8 angka 9 huruf a    TEGURAN_LISAN
 *  TEGURAN_TERTULIS              Ps 8 angka 9 huruf b    TEGURAN_TERTULIS
 *  PERNYATAAN_TIDAK_PUAS         Ps 8 angka 9 huruf c    PERNYATAAN_TIDAK_PUAS
 *  PENUNDAAN_KGB_1_TAHUN         Ps 9 angka 11 huruf a   SEDANG_6_BULAN   (lightest sedang)
 *  PENUNDAAN_PANGKAT_1_TAHUN     Ps 9 angka 11 huruf b   SEDANG_9_BULAN
 *  PENURUNAN_PANGKAT_1_TAHUN     Ps 9 angka 11 huruf c   SEDANG_12_BULAN  (heaviest sedang)
 *  PENURUNAN_PANGKAT_3_TAHUN     Ps 10 angka 9 huruf a   PENURUNAN_JABATAN (lightest berat: a demotion)
 *  PEMINDAHAN_PENURUNAN_JABATAN  Ps 10 angka 9 huruf b   PENURUNAN_JABATAN
 *  PEMBEBASAN_JABATAN            Ps 10 angka 9 huruf c   PEMBEBASAN_JABATAN
 *  PEMBERHENTIAN                 Ps 10 angka 9 huruf d   PEMBERHENTIAN    (PDHTAPS or PTDH)
 * </pre>
 */
public enum Pp53Kind {
    TEGURAN_LISAN, TEGURAN_TERTULIS, PERNYATAAN_TIDAK_PUAS, PENUNDAAN_KGB_1_TAHUN, PENUNDAAN_PANGKAT_1_TAHUN,
    PENURUNAN_PANGKAT_1_TAHUN, PENURUNAN_PANGKAT_3_TAHUN, PEMINDAHAN_PENURUNAN_JABATAN, PEMBEBASAN_JABATAN, PEMBERHENTIAN;

    /** The nearest band code of interchange.md §3 (the API's {@code band} for a PP 53/2010-regime count). */
    public SanctionBand band() {
        return switch (this) {
            case TEGURAN_LISAN -> SanctionBand.TEGURAN_LISAN;
            case TEGURAN_TERTULIS -> SanctionBand.TEGURAN_TERTULIS;
            case PERNYATAAN_TIDAK_PUAS -> SanctionBand.PERNYATAAN_TIDAK_PUAS;
            case PENUNDAAN_KGB_1_TAHUN -> SanctionBand.SEDANG_6_BULAN;
            case PENUNDAAN_PANGKAT_1_TAHUN -> SanctionBand.SEDANG_9_BULAN;
            case PENURUNAN_PANGKAT_1_TAHUN -> SanctionBand.SEDANG_12_BULAN;
            case PENURUNAN_PANGKAT_3_TAHUN, PEMINDAHAN_PENURUNAN_JABATAN -> SanctionBand.PENURUNAN_JABATAN;
            case PEMBEBASAN_JABATAN -> SanctionBand.PEMBEBASAN_JABATAN;
            case PEMBERHENTIAN -> SanctionBand.PEMBERHENTIAN;
        };
    }
}
