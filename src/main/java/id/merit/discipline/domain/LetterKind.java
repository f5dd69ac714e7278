package id.merit.discipline.domain;

import java.util.Locale;
import java.util.Optional;

/** The letters of a case: Surat Panggilan, Surat Teguran Tertulis, Keputusan Hukuman Disiplin. */
public enum LetterKind {
    SUMMONS, REPRIMAND, DECISION;

    /** The name in URLs ({@code summons.pdf}). */
    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<LetterKind> fromSlug(String slug) {
        for (LetterKind k : values()) {
            if (k.slug().equals(slug)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
