package id.merit.shared;

/** What a user types into a search box, made comparable: trimmed, runs of white space collapsed to one space. */
public final class SearchText {
    private SearchText() {
    }

    /** {@code "  Siti   Aminah "} → {@code "Siti Aminah"}; blank → {@code null}. */
    public static String normalize(String q) {
        if (q == null) {
            return null;
        }
        String s = q.strip().replaceAll("\\s+", " ");
        return s.isEmpty() ? null : s;
    }
}
