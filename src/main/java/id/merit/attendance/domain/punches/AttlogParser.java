package id.merit.attendance.domain.punches;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.Arrays;

/**
 * Streams a ZKTeco USB attendance export (interchange.md §2 "ZKTeco attlog"): one punch a line, tab-separated,
 * leading spaces allowed, {@code PIN}, {@code YYYY-MM-DD HH:MM:SS}, then up to eight further columns (state,
 * verify type, work code, reserved…) that may be missing or empty and decide nothing. No header: line 1 is the
 * first line. Blank lines are skipped, CRLF and a UTF-8 byte-order mark are accepted. A short line (no timestamp
 * column), a bad PIN or timestamp, or more than ten non-empty columns is reported with its line number.
 * Works on bytes (the format is ASCII) so that millions of lines parse in about a second.
 */
public final class AttlogParser {

    static final int MAX_COLUMNS = 10;
    static final int MAX_PIN = 32;
    private static final int TIMESTAMP_LENGTH = 19;

    /** Receives the parsed lines in file order. */
    public interface Sink {
        void punch(long line, String pin, LocalDateTime at);

        void reject(long line, String field, String messageKey);
    }

    private AttlogParser() {
    }

    public static void parse(InputStream in, Sink sink) throws IOException {
        byte[] buf = new byte[1 << 16];
        byte[] carry = new byte[256];
        int carryLen = 0;
        long line = 0;
        boolean first = true;
        int n;
        while ((n = in.read(buf)) > 0) {
            int start = 0;
            if (first) {
                first = false;
                if (n >= 3 && (buf[0] & 0xff) == 0xEF && (buf[1] & 0xff) == 0xBB && (buf[2] & 0xff) == 0xBF) {
                    start = 3;
                }
            }
            for (int i = start; i < n; i++) {
                if (buf[i] == '\n') {
                    line++;
                    if (carryLen > 0) {
                        carry = append(carry, carryLen, buf, start, i - start);
                        parseLine(carry, 0, carryLen + i - start, line, sink);
                        carryLen = 0;
                    } else {
                        parseLine(buf, start, i - start, line, sink);
                    }
                    start = i + 1;
                }
            }
            if (start < n) {
                carry = append(carry, carryLen, buf, start, n - start);
                carryLen += n - start;
            }
        }
        if (carryLen > 0) {
            parseLine(carry, 0, carryLen, line + 1, sink);
        }
    }

    private static byte[] append(byte[] carry, int carryLen, byte[] src, int off, int len) {
        byte[] c = carry;
        if (carryLen + len > c.length) {
            c = Arrays.copyOf(c, Math.max(c.length * 2, carryLen + len));
        }
        System.arraycopy(src, off, c, carryLen, len);
        return c;
    }

    /** Parses one line without its '\n'; {@code line} is its 1-based number. */
    static void parseLine(byte[] b, int off, int len, long line, Sink sink) {
        int end = off + len;
        if (end > off && b[end - 1] == '\r') {
            end--;
        }
        int p = off;
        while (p < end && b[p] == ' ') {
            p++;
        }
        if (blank(b, p, end)) {
            return;
        }
        // PIN
        int pinStart = p;
        while (p < end && b[p] != '\t') {
            p++;
        }
        int pinEnd = trimEnd(b, pinStart, p);
        if (p >= end) {
            sink.reject(line, "timestamp", "attendance.attlog.shortLine");
            return;
        }
        p++;
        // timestamp
        int tsStart = p;
        while (p < end && b[p] != '\t') {
            p++;
        }
        int tsEnd = trimEnd(b, tsStart, p);
        while (tsStart < tsEnd && b[tsStart] == ' ') {
            tsStart++;
        }
        if (tsStart == tsEnd) {
            sink.reject(line, "timestamp", "attendance.attlog.shortLine");
            return;
        }
        if (columns(b, p, end) > MAX_COLUMNS) {
            sink.reject(line, null, "attendance.attlog.tooManyColumns");
            return;
        }
        String pin = pin(b, pinStart, pinEnd);
        if (pin == null) {
            sink.reject(line, "pin", "attendance.attlog.badPin");
            return;
        }
        LocalDateTime at = timestamp(b, tsStart, tsEnd);
        if (at == null) {
            sink.reject(line, "timestamp", "attendance.attlog.badTimestamp");
            return;
        }
        sink.punch(line, pin, at);
    }

    /** Columns of the whole line: PIN, timestamp and those from {@code p} (a tab or the end) on, trailing empty ones not counted. */
    private static int columns(byte[] b, int p, int end) {
        int column = 2;
        int lastNonEmpty = 2;
        for (int i = p; i < end; i++) {
            if (b[i] == '\t') {
                column++;
            } else if (b[i] != ' ') {
                lastNonEmpty = column;
            }
        }
        return lastNonEmpty;
    }

    private static boolean blank(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != ' ' && b[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    private static int trimEnd(byte[] b, int from, int to) {
        int e = to;
        while (e > from && b[e - 1] == ' ') {
            e--;
        }
        return e;
    }

    /** The PIN in canonical form (see {@link #canonicalPin}), or null when it is not 1–32 letters and digits. */
    private static String pin(byte[] b, int from, int to) {
        if (to <= from || to - from > MAX_PIN) {
            return null;
        }
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (!((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) {
                return null;
            }
        }
        return canonicalPin(new String(b, from, to - from, StandardCharsets.ISO_8859_1));
    }

    /**
     * Device user ids are numbers on ZKTeco devices: a PIN of digits loses its leading zeros ("007" = "7"), so the
     * device-users file and the export match however each pads it. Other PINs are kept as they are.
     */
    public static String canonicalPin(String pin) {
        int i = 0;
        while (i < pin.length() - 1 && pin.charAt(i) == '0') {
            i++;
        }
        if (i == 0) {
            return pin;
        }
        for (int k = i; k < pin.length(); k++) {
            if (!Character.isDigit(pin.charAt(k))) {
                return pin;
            }
        }
        return pin.substring(i);
    }

    /** {@code YYYY-MM-DD HH:MM:SS} exactly, a real date and time in a storable year (1900–2100); null otherwise. */
    static LocalDateTime timestamp(byte[] b, int from, int to) {
        if (to - from != TIMESTAMP_LENGTH || b[from + 4] != '-' || b[from + 7] != '-' || b[from + 10] != ' '
                || b[from + 13] != ':' || b[from + 16] != ':') {
            return null;
        }
        int year = digits(b, from, 4);
        int month = digits(b, from + 5, 2);
        int day = digits(b, from + 8, 2);
        int hour = digits(b, from + 11, 2);
        int minute = digits(b, from + 14, 2);
        int second = digits(b, from + 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        try {
            LocalDateTime at = LocalDateTime.of(year, month, day, hour, minute, second);
            return PunchMonths.storable(at) ? at : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(byte[] b, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            int d = b[i] - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }
}
