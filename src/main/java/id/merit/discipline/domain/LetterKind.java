package id.merit.discipline.domain;

import java.util.Locale;
import java.util.Optional;

/** The letters of a case: Surat Panggilan (first and second), Surat Teguran Tertulis, Keputusan Hukuman Disiplin. */
public enum LetterKind {
    SUMMONS, SECOND_SUMMONS, REPRIMAND, DECISION;

    /** The name in URLs ({@code summons.pdf}, {@code second-summons.pdf}) and of the letter's template. */
    public String slug() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
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
