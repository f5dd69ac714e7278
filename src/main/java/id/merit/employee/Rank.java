package id.merit.employee;

import java.util.List;

/** The 17 golongan/ruang of PNS, I/a Juru Muda to IV/e Pembina Utama (regulations.md §8). */
public final class Rank {
    public static final List<String> CODES = List.of("I/a", "I/b", "I/c", "I/d", "II/a", "II/b", "II/c", "II/d",
            "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c", "IV/d", "IV/e");

    private Rank() {
    }

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }

    /** Message key of the rank title (pangkat), e.g. rank.title.III_a = Penata Muda. */
    public static String titleKey(String code) {
        return "rank.title." + code.replace('/', '_');
    }
}
