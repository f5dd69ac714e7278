package id.merit.dataimport;

import id.merit.dataimport.TabularFile.TableRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the cells of one row and collects what is wrong with them, one {@link RowProblem} per field at fault.
 * A field that already failed (wrong format, lost digits) is not reported again as missing, so one mistake gives
 * one message. Pure Java: no Spring, no database.
 */
public final class RowCheck {

    public static final int MAX_ECHO = 40;
    private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d{1,3}(\\.\\d+)?");
    private static final Pattern INTEGER = Pattern.compile("[-+]?\\d{1,9}");

    private final TableRow row;
    private final List<RowProblem> problems = new ArrayList<>();
    private final Set<String> failed = new HashSet<>();

    public RowCheck(TableRow row) {
        this.row = row;
    }

    public long line() {
        return row.line();
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public List<RowProblem> problems() {
        return problems;
    }

    public boolean failed(String column) {
        return failed.contains(column);
    }

    public void reject(String field, String key, Object... args) {
        if (field != null) {
            failed.add(field);
        }
        problems.add(new RowProblem(row.line(), field, key, args));
    }

    /** The trimmed cell, or null when empty; a number Excel truncated is reported and read as null. */
    public String value(String column) {
        if (row.lossy().contains(column)) {
            if (!failed(column)) {
                reject(column, "import.error.lossyNumber", column);
            }
            return null;
        }
        return row.get(column);
    }

    public String required(String column) {
        String v = value(column);
        if (v == null && !failed(column)) {
            reject(column, "import.error.required", column);
        }
        return v;
    }

    /** Free text: at most {@code max} characters and no markup ({@code <} or {@code >}). */
    public String text(String column, boolean required, int max) {
        String v = required ? required(column) : value(column);
        if (v == null) {
            return null;
        }
        if (v.indexOf('<') >= 0 || v.indexOf('>') >= 0) {
            reject(column, "import.error.html", column);
            return null;
        }
        if (v.chars().anyMatch(Character::isISOControl)) {
            reject(column, "import.error.control", column);
            return null;
        }
        if (v.codePointCount(0, v.length()) > max) {
            reject(column, "import.error.tooLong", column, String.valueOf(max));
            return null;
        }
        return v;
    }

    /** A code of {@code type}, exactly as listed (case-sensitive). */
    public <E extends Enum<E>> E code(String column, Class<E> type, boolean required) {
        String v = required ? required(column) : value(column);
        if (v == null) {
            return null;
        }
        E e = Codes.parse(type, v);
        if (e != null) {
            return e;
        }
        reject(column, "import.error.code", column, echo(v), allowed(type));
        return null;
    }

    public LocalDate date(String column, boolean required) {
        String v = required ? required(column) : value(column);
        if (v == null) {
            return null;
        }
        try {
            return TabularFile.date(v);
        } catch (IllegalArgumentException e) {
            reject(column, "import.error.date", column, echo(v));
            return null;
        }
    }

    public Integer integer(String column, boolean required, int min) {
        String v = required ? required(column) : value(column);
        if (v == null) {
            return null;
        }
        if (!INTEGER.matcher(v).matches() || Integer.parseInt(v) < min) {
            reject(column, "import.error.integer", column, String.valueOf(min), echo(v));
            return null;
        }
        return Integer.parseInt(v);
    }

    /** A decimal with a point within [-limit, limit], rounded to 6 places (the database keeps 6). */
    public BigDecimal coordinate(String column, int limit) {
        String v = value(column);
        if (v == null) {
            return null;
        }
        if (!DECIMAL.matcher(v).matches()) {
            reject(column, "import.error.number", column, echo(v));
            return null;
        }
        BigDecimal d = new BigDecimal(v);
        if (d.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
            reject(column, "import.error.range", column, "-" + limit, String.valueOf(limit));
            return null;
        }
        return d.setScale(6, RoundingMode.HALF_UP);
    }

    /**
     * The rows of a tree-shaped kind (OPDs under parents, posts under superiors) whose chain of links — the stored ones
     * overlaid by the file's — leads back to themselves once the file is applied.
     */
    public static <T> List<RowProblem> cycles(Map<String, String> stored, List<FileValidation.Parsed<T>> rows, Function<T, String> code,
                                       Function<T, String> link, String column, String messageKey) {
        Map<String, String> links = new HashMap<>(stored);
        rows.forEach(r -> links.put(code.apply(r.value()), link.apply(r.value())));
        List<RowProblem> problems = new ArrayList<>();
        for (FileValidation.Parsed<T> r : rows) {
            String self = code.apply(r.value());
            String up = links.get(self);
            for (int steps = 0; up != null && steps <= links.size(); steps++) {
                if (up.equals(self)) {
                    problems.add(new RowProblem(r.line(), column, messageKey, echo(link.apply(r.value()))));
                    break;
                }
                up = links.get(up);
            }
        }
        return problems;
    }

    public static String echo(String v) {
        String oneLine = v.replaceAll("\\s+", " ");
        return oneLine.length() <= MAX_ECHO ? oneLine : oneLine.substring(0, MAX_ECHO - 1) + "…";
    }

    public static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
