package id.merit.shared;

/**
 * The pangkat (rank) name of a PNS golongan ruang, as letters write it: "Penata Muda Tingkat I, III/b". The registry
 * stores only the code ("III/b"); the names are those of PP 99/2000 (as amended by PP 12/2002), Lampiran I.
 */
public final class Pangkat {

    private Pangkat() {
    }

    /** "Penata Muda Tingkat I" for "III/b"; null for a code that is not a PNS golongan (PPPK, non-ASN, blank). */
    public static String name(String golongan) {
        if (golongan == null) {
            return null;
        }
        return switch (golongan.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "I/A" -> "Juru Muda";
            case "I/B" -> "Juru Muda Tingkat I";
            case "I/C" -> "Juru";
            case "I/D" -> "Juru Tingkat I";
            case "II/A" -> "Pengatur Muda";
            case "II/B" -> "Pengatur Muda Tingkat I";
            case "II/C" -> "Pengatur";
            case "II/D" -> "Pengatur Tingkat I";
            case "III/A" -> "Penata Muda";
            case "III/B" -> "Penata Muda Tingkat I";
            case "III/C" -> "Penata";
            case "III/D" -> "Penata Tingkat I";
            case "IV/A" -> "Pembina";
            case "IV/B" -> "Pembina Tingkat I";
            case "IV/C" -> "Pembina Utama Muda";
            case "IV/D" -> "Pembina Utama Madya";
            case "IV/E" -> "Pembina Utama";
            default -> null;
        };
    }

    /** "Penata Muda Tingkat I, III/b"; the code alone when it has no pangkat name; "-" for nothing. */
    public static String full(String golongan) {
        if (golongan == null || golongan.isBlank()) {
            return "-";
        }
        String name = name(golongan);
        return name == null ? golongan.strip() : name + ", " + golongan.strip();
    }
}
