package id.merit.attendance.domain;

import id.merit.shared.imports.TabularFile.TableRow;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/** Cell checks shared by the attendance import kinds; each adds a rejection and returns null when a cell is bad. */
final class ImportFields {

    static final Pattern DEVICE_SN = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern PIN = Pattern.compile("[A-Za-z0-9]{1,32}");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withResolverStyle(ResolverStyle.STRICT);

    private ImportFields() {
    }

    static String required(TableRow row, String column, Rejections r) {
        String v = row.get(column);
        if (v == null) {
            r.add(row.line(), column, "attendance.import.required", column);
        }
        return v;
    }

    static LocalDate date(TableRow row, String column, boolean required, Rejections r) {
        String v = row.get(column);
        if (v == null) {
            if (required) {
                r.add(row.line(), column, "attendance.import.required", column);
            }
            return null;
        }
        try {
            return LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            r.add(row.line(), column, "attendance.import.badDate", v);
            return null;
        }
    }

    /** {@code YYYY-MM-DD HH:MM:SS} exactly (interchange.md §1), in a year punches are stored for (1900–2100). */
    static LocalDateTime timestamp(TableRow row, String column, Rejections r) {
        String v = required(row, column, r);
        if (v == null) {
            return null;
        }
        try {
            LocalDateTime at = LocalDateTime.parse(v, TIMESTAMP);
            if (PunchMonths.storable(at)) {
                return at;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        r.add(row.line(), column, "attendance.import.badTimestamp", v);
        return null;
    }

    static String deviceSn(String value, long line, Rejections r) {
        if (value != null && !DEVICE_SN.matcher(value).matches()) {
            r.add(line, "device_sn", "attendance.import.badDeviceSn", value);
            return null;
        }
        return value;
    }

    static String pin(TableRow row, Rejections r) {
        String v = required(row, "pin", r);
        if (v == null) {
            return null;
        }
        if (!PIN.matcher(v).matches()) {
            r.add(row.line(), "pin", "attendance.import.badPin", v);
            return null;
        }
        return AttlogParser.canonicalPin(v);
    }

    static <E extends Enum<E>> E code(TableRow row, String column, Class<E> type, Rejections r) {
        String v = required(row, column, r);
        if (v == null) {
            return null;
        }
        E e = id.merit.shared.imports.Codes.parse(type, v);
        if (e == null) {
            r.add(row.line(), column, "attendance.import.badCode", v);
        }
        return e;
    }
}
