package id.merit.dataimport;

import java.util.Locale;
import java.util.Map;

/**
 * Reads a code typed in an import file the way people type it (interchange.md §2: "codes in every column are
 * matched without regard to case"): upper or lower case, spaces or hyphens for underscores ({@code tugas belajar}
 * → {@code TUGAS_BELAJAR}), and the Indonesian letters where Merit's code is English ({@code L}/{@code P} for
 * gender {@code M}/{@code F}).
 */
public final class Codes {
    /** Indonesian spellings of codes, by enum simple name: what a user types → Merit's code. */
    private static final Map<String, Map<String, String>> ALIASES = Map.of(
            "Gender", Map.of("L", "M", "LAKI_LAKI", "M", "PRIA", "M", "P", "F", "PEREMPUAN", "F", "WANITA", "F"),
            // interchange.md §2: CUKUP (PP 30/2019, PP 46/2011) is read as BUTUH_PERBAIKAN (regulations.md §3.4);
            // PP 46/2011's lowest level BURUK as SANGAT_KURANG; "Kurang / Misconduct" as KURANG.
            "SkpPredicate", Map.of("CUKUP", "BUTUH_PERBAIKAN", "BURUK", "SANGAT_KURANG", "MISCONDUCT", "KURANG"),
            "SkpRating", Map.of("DI_ATAS_EKSPEKTASI", "ABOVE", "DI_ATAS", "ABOVE", "SESUAI_EKSPEKTASI", "MEETS",
                    "SESUAI", "MEETS", "DI_BAWAH_EKSPEKTASI", "BELOW", "DI_BAWAH", "BELOW"));

    private Codes() {
    }

    /** The constant {@code typed} names, or null when it names none. */
    public static <E extends Enum<E>> E parse(Class<E> type, String typed) {
        if (typed == null) {
            return null;
        }
        String key = typed.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        key = ALIASES.getOrDefault(type.getSimpleName(), Map.of()).getOrDefault(key, key);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(key)) {
                return e;
            }
        }
        return null;
    }
}
