package id.merit.discipline;

import java.util.Optional;

/**
 * The punishment an attendance record calls for (interchange.md §3 {@code band}): the PP 94/2021 kinds of Pasal 8,
 * lightest first. The one band type of Merit: attendance, cases and the API use it; PP 53/2010 kinds travel as
 * {@link Pp53Kind} next to their nearest band (rules.AbsenceSanctionPolicy).
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

    /** Whether this band is heavier than {@code other} (declaration order). */
    public boolean heavierThan(SanctionBand other) {
        return compareTo(other) > 0;
    }

    /** The band of a code as typed in a link or form; empty for a missing or unknown code. */
    public static Optional<SanctionBand> parse(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.trim()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
