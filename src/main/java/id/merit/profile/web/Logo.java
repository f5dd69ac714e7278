package id.merit.profile.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** A logo judged by its bytes, not its name or declared type: PNG, JPEG or an SVG without scripts, at most 512 KB. */
final class Logo {
    static final int MAX_BYTES = 512 * 1024;
    private static final Pattern SVG_ACTIVE = Pattern.compile("<script|javascript:|\\son[a-z]+\\s*=|<foreignobject");

    private Logo() {
    }

    /** The content type of an acceptable logo, or null. */
    static String typeOf(byte[] b) {
        if (b == null || b.length == 0 || b.length > MAX_BYTES) {
            return null;
        }
        if (b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G' && b[4] == 0x0d && b[5] == 0x0a) {
            return "image/png";
        }
        if (b.length > 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "image/jpeg";
        }
        String text = new String(b, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        String head = text.stripLeading();
        boolean svg = (head.startsWith("<?xml") || head.startsWith("<svg") || head.startsWith("<!--")) && text.contains("<svg");
        return svg && !SVG_ACTIVE.matcher(text).find() ? "image/svg+xml" : null;
    }
}
