package id.merit.attendance.domain.imports;

import id.merit.attendance.domain.punches.PunchMonths;
import id.merit.dataimport.TabularFile.TableRow;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

/** Cell checks shared by the attendance import kinds; each adds a rejection and returns null when a cell is bad. */
public final class ImportFields {

    public static final Pattern DEVICE_SN = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    static final Pattern PIN = Pattern.compile("[A-Za-z0-9]{1,32}");
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

    /** The employee id of the row's NIP, or null (rejected) when the NIP is missing or unknown. */
    static Long employee(TableRow row, java.util.Map<String, Long> ids, Rejections r) {
        String nip = required(row, "nip", r);
        if (nip == null) {
            return null;
        }
        Long id = ids.get(nip);
        if (id == null) {
            r.add(row.line(), "nip", "attendance.import.unknownNip", nip);
        }
        return id;
    }
}
