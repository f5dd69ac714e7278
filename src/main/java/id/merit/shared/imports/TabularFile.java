package id.merit.shared.imports;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a header-row table from CSV (UTF-8, comma-separated, RFC 4180 quoting, optional BOM, CRLF or LF) or from
 * the first sheet of an {@code .xlsx} (recognised by its ZIP signature, whatever the file name). Rows are handed
 * out as column → trimmed text with their line number (header = line 1); blank rows are skipped.
 */
public final class TabularFile {

    /** One data row; {@code get} returns null for an empty or missing cell. */
    public record TableRow(long line, Map<String, String> values) {
        public String get(String column) {
            String v = values.get(column);
            return v == null || v.isBlank() ? null : v.trim();
        }
    }

    /** The header problem found, if any: the missing columns. */
    public record Header(List<String> columns, List<String> missing) {
    }

    private TabularFile() {
    }

    /**
     * Streams the rows to {@code sink} and returns the header. Throws {@link MalformedFileException} for files that
     * are neither CSV text nor a readable workbook.
     */
    public static Header read(ImportRequest.FileSource source, List<String> required, Consumer<TableRow> sink) {
        try (InputStream raw = new BufferedInputStream(source.open())) {
            raw.mark(4);
            byte[] magic = raw.readNBytes(4);
            raw.reset();
            if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
                return readXlsx(raw, required, sink);
            }
            return readCsv(raw, required, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Header readCsv(InputStream in, List<String> required, Consumer<TableRow> sink) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        CsvParser parser = new CsvParser(reader);
        List<String> header = parser.next();
        if (header == null) {
            throw new MalformedFileException("import.error.emptyFile");
        }
        if (!header.isEmpty() && header.get(0).startsWith("\uFEFF")) {
            header.set(0, header.get(0).substring(1));
        }
        header.replaceAll(h -> h.trim().toLowerCase(Locale.ROOT));
        Header h = header(header, required);
        if (!h.missing().isEmpty()) {
            return h;
        }
        List<String> cells;
        while ((cells = parser.next()) != null) {
            if (cells.stream().allMatch(String::isBlank)) {
                continue;
            }
            sink.accept(new TableRow(parser.recordStartLine(), zip(header, cells)));
        }
        return h;
    }

    private static Header readXlsx(InputStream in, List<String> required, Consumer<TableRow> sink) throws IOException {
        Workbook wb;
        try {
            wb = new XSSFWorkbook(in);
        } catch (Exception e) {
            throw new MalformedFileException("import.error.badWorkbook");
        }
        try (wb) {
            if (wb.getNumberOfSheets() == 0) {
                throw new MalformedFileException("import.error.emptyFile");
            }
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter(Locale.ROOT);
            Row first = sheet.getRow(sheet.getFirstRowNum());
            if (first == null) {
                throw new MalformedFileException("import.error.emptyFile");
            }
            List<String> header = new ArrayList<>();
            for (int c = 0; c < first.getLastCellNum(); c++) {
                header.add(cellText(first.getCell(c), fmt).trim().toLowerCase(Locale.ROOT));
            }
            Header h = header(header, required);
            if (!h.missing().isEmpty()) {
                return h;
            }
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < header.size(); c++) {
                    cells.add(cellText(row.getCell(c), fmt));
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                sink.accept(new TableRow(r - sheet.getFirstRowNum() + 1L, zip(header, cells)));
            }
            return h;
        }
    }

    /** Dates typed as dates in Excel come out ISO (YYYY-MM-DD or YYYY-MM-DD HH:MM:SS); NIPs typed as numbers keep all digits. */
    private static String cellText(Cell cell, DataFormatter fmt) {
        if (cell == null) {
            return "";
        }
        return switch (cell.getCellType()) {
            case NUMERIC -> {
                if (DateUtil.isCellDateFormatted(cell)) {
                    LocalDateTime dt = cell.getLocalDateTimeCellValue();
                    yield dt.toLocalTime().toSecondOfDay() == 0 ? dt.toLocalDate().toString()
                            : dt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss"));
                }
                double d = cell.getNumericCellValue();
                yield d == Math.rint(d) && Math.abs(d) < 1e19 ? new java.math.BigDecimal(d).toPlainString()
                        : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            }
            case FORMULA -> fmt.formatCellValue(cell);
            default -> fmt.formatCellValue(cell);
        };
    }

    private static Header header(List<String> header, List<String> required) {
        List<String> missing = required.stream().filter(c -> !header.contains(c)).toList();
        return new Header(List.copyOf(header), missing);
    }

    private static Map<String, String> zip(List<String> header, List<String> cells) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            m.put(header.get(i), i < cells.size() ? cells.get(i) : "");
        }
        if (cells.size() > header.size()) {
            m.put("__extra__", String.valueOf(cells.size() - header.size()));
        }
        return m;
    }

    /** Parses a date in ISO form (YYYY-MM-DD); null when absent, {@link IllegalArgumentException} when malformed. */
    public static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(s);
        }
    }

    /** A file that cannot be read as a table at all (HTTP 422 with this message key). */
    public static class MalformedFileException extends RuntimeException {
        public MalformedFileException(String messageKey) {
            super(messageKey);
        }
    }

    /** Minimal RFC 4180 reader that also tracks the physical line each record starts on. */
    static final class CsvParser {
        private final BufferedReader in;
        private long line;
        private long recordStart;

        CsvParser(BufferedReader in) {
            this.in = in;
        }

        long recordStartLine() {
            return recordStart;
        }

        List<String> next() throws IOException {
            String l = in.readLine();
            if (l == null) {
                return null;
            }
            line++;
            recordStart = line;
            List<String> out = new ArrayList<>();
            StringBuilder cur = new StringBuilder();
            boolean quoted = false;
            int i = 0;
            while (true) {
                if (i >= l.length()) {
                    if (quoted) {
                        String more = in.readLine();
                        if (more == null) {
                            throw new MalformedFileException("import.error.unclosedQuote");
                        }
                        line++;
                        cur.append('\n');
                        l = more;
                        i = 0;
                        continue;
                    }
                    break;
                }
                char c = l.charAt(i++);
                if (quoted) {
                    if (c == '"') {
                        if (i < l.length() && l.charAt(i) == '"') {
                            cur.append('"');
                            i++;
                        } else {
                            quoted = false;
                        }
                    } else {
                        cur.append(c);
                    }
                } else if (c == '"' && cur.toString().isBlank()) {
                    cur.setLength(0);
                    quoted = true;
                } else if (c == ',') {
                    out.add(cur.toString());
                    cur.setLength(0);
                } else {
                    cur.append(c);
                }
            }
            out.add(cur.toString());
            return out;
        }
    }
}
