package id.merit.shared;

import java.util.Optional;

/**
 * Evidence uploaded with a form (an excuse, a data-update request, a selection document) is judged by its content, never
 * by its name or declared type: PDF, JPEG or PNG by their signatures. Callers refuse the rest with their own message.
 */
public final class EvidenceFiles {

    /** The size every evidence file may have at most. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private EvidenceFiles() {
    }

    /** {@code application/pdf}, {@code image/jpeg} or {@code image/png} by the leading bytes; empty for anything else. */
    public static Optional<String> contentType(byte[] b) {
        if (b == null) {
            return Optional.empty();
        }
        if (b.length >= 5 && b[0] == '%' && b[1] == 'P' && b[2] == 'D' && b[3] == 'F' && b[4] == '-') {
            return Optional.of("application/pdf");
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF) {
            return Optional.of("image/jpeg");
        }
        if (b.length >= 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0D && b[5] == 0x0A
                && b[6] == 0x1A && b[7] == 0x0A) {
            return Optional.of("image/png");
        }
        return Optional.empty();
    }

    /** A file name safe to store and send back: no path, only letters, digits and {@code ._ -}, at most 200 characters. */
    public static String safeName(String name, String fallback) {
        String n = name == null ? fallback : name.replaceAll("^.*[/\\\\]", "").replaceAll("[^A-Za-z0-9._ -]", "_").trim();
        n = n.isEmpty() ? fallback : n;
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }
}
