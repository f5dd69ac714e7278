package id.merit.dataimport;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads a header-row table from CSV (UTF-8, comma-separated, RFC 4180 quoting through Apache Commons CSV, optional
 * BOM, CRLF or LF) or from
 * the first sheet of an {@code .xlsx} (recognised by its ZIP signature, whatever the file name). Rows are handed
 * out as column → trimmed text with their line number (header = line 1); blank rows are skipped.
 *
 * <p>Both formats stream: CSV record by record, xlsx through POI's SAX reader (a workbook is never loaded whole), so
 * an attendance file of a million rows reads in constant memory. Header names are matched exactly (after trimming
 * and removing a BOM); extra columns are allowed. Text that is not valid UTF-8 and legacy {@code .xls} workbooks
 * are refused with a {@link MalformedFileException} rather than read as garbage.
 */
public final class TabularFile {

    /** Excel keeps 15 significant digits: a whole number this large in a numeric cell has lost digits. */
    private static final double EXCEL_EXACT_LIMIT = 1e15;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final DateTimeFormatter ISO_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /**
     * One data row; {@code get} returns null for an empty or missing cell. {@code extraCells} counts non-blank
     * cells beyond the header (usually an unquoted comma); {@code lossy} names the columns whose xlsx cell was a
     * number too long for Excel to keep exactly (an 18-digit NIP typed as a number).
     */
    public record TableRow(long line, Map<String, String> values, int extraCells, Set<String> lossy) {

        public TableRow(long line, Map<String, String> values) {
            this(line, values, 0, Set.of());
        }

        public String get(String column) {
            String v = values.get(column);
            return v == null || v.isBlank() ? null : v.trim();
        }

        public boolean has(String column) {
            return values.containsKey(column);
        }
    }

    /** The header as read and the required columns it lacks. */
    public record Header(List<String> columns, List<String> missing) {
    }

    private TabularFile() {
    }

    /**
     * Streams the rows to {@code sink} and returns the header. When required columns are missing no row is read.
     * Throws {@link MalformedFileException} for files that are neither UTF-8 CSV text nor a readable workbook.
     */
    public static Header read(ImportRequest.FileSource source, List<String> required, Consumer<TableRow> sink) {
        try (InputStream raw = new BufferedInputStream(source.open())) {
            raw.mark(8);
            byte[] magic = raw.readNBytes(8);
            raw.reset();
            if (magic.length >= 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4) {
                return readXlsx(source, raw, required, sink);
            }
            if (magic.length == 8 && (magic[0] & 0xFF) == 0xD0 && (magic[1] & 0xFF) == 0xCF && magic[2] == 0x11
                    && (magic[3] & 0xFF) == 0xE0) {
                throw new MalformedFileException("import.error.legacyExcel");
            }
            return readCsv(raw, required, sink);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SinkFailure f) {
            throw (RuntimeException) f.getCause();
        }
    }

    /** Reads only the header (cheap: stops at the first data row). */
    public static Header header(ImportRequest.FileSource source, List<String> required) {
        try {
            return read(source, required, row -> {
                throw new StopReading();
            });
        } catch (StopReading stop) {
            return stop.header;
        }
    }

    // ------------------------------------------------------------------ CSV

    /**
     * CSV through Apache Commons CSV (RFC 4180; spaces around a quoted field ignored, text after a closing quote
     * kept). Blank lines are read as records and skipped here, so the parser's line count stays the physical line
     * each record starts on.
     */
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder()
            .setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(true).setTrailingData(true).get();

    private static Header readCsv(InputStream in, List<String> required, Consumer<TableRow> sink) throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(CSV).get()) {
            Iterator<CSVRecord> records = parser.iterator();
            long start = 1;
            List<String> header = next(parser, records, start);
            if (header == null || header.size() == 1 && header.get(0).isBlank()) {
                throw new MalformedFileException("import.error.emptyFile");
            }
            header.replaceAll(String::trim);
            Header h = header(header, required);
            if (!h.missing().isEmpty()) {
                return h;
            }
            List<String> cells;
            while ((cells = next(parser, records, start = parser.getCurrentLineNumber() + 1)) != null) {
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                emit(sink, h, new TableRow(start, zip(header, cells), extra(header.size(), cells), Set.of()));
            }
            return h;
        }
    }

    /**
     * The next record's cells, or null at the end. Bytes that are not UTF-8 decode to U+FFFD, which refuses the file at
     * the record's line; a line break inside quotes reads as {@code \\n}; a quote left open to the end of the file (named by the line where it opened).
     */
    private static List<String> next(CSVParser parser, Iterator<CSVRecord> records, long start) {
        CSVRecord record;
        try {
            if (!records.hasNext()) {
                return null;
            }
            record = records.next();
        } catch (UncheckedIOException e) {
            if (String.valueOf(e.getCause().getMessage()).contains("EOF reached before encapsulated token finished")) {
                throw new MalformedFileException("import.error.unclosedQuote", String.valueOf(start));
            }
            throw e;
        }
        List<String> cells = new ArrayList<>(record.size());
        for (String value : record) {
            if (value.indexOf('\uFFFD') >= 0) {
                throw new MalformedFileException("import.error.notUtf8", String.valueOf(start));
            }
            cells.add(value.indexOf('\r') >= 0 ? value.replace("\r\n", "\n") : value);
        }
        return cells;
    }

    private static void emit(Consumer<TableRow> sink, Header h, TableRow row) {
        try {
            sink.accept(row);
        } catch (StopReading stop) {
            stop.header = h;
            throw stop;
        } catch (RuntimeException e) {
            throw new SinkFailure(e);
        }
    }

    // ------------------------------------------------------------------ xlsx

    private static Header readXlsx(ImportRequest.FileSource source, InputStream in, List<String> required,
                                   Consumer<TableRow> sink) throws IOException {
        File file = source.path() == null ? null : source.path().toFile();
        OPCPackage pkg;
        try {
            pkg = file != null ? OPCPackage.open(file, PackageAccess.READ) : OPCPackage.open(in);
        } catch (Exception e) {
            throw new MalformedFileException("import.error.badWorkbook");
        }
        SheetReader rows = new SheetReader(required, sink);
        try {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new MalformedFileException("import.error.emptyFile");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, rows.formatter, false));
                parser.parse(new InputSource(sheet));
            }
        } catch (HeaderMissing e) {
            return rows.header;
        } catch (MalformedFileException | StopReading | SinkFailure e) {
            throw e;
        } catch (Exception e) {
            throw new MalformedFileException("import.error.badWorkbook");
        } finally {
            pkg.revert();
        }
        if (rows.header == null) {
            throw new MalformedFileException("import.error.emptyFile");
        }
        return rows.header;
    }

    /** Collects the cells of each sheet row; the first non-blank row is the header. */
    private static final class SheetReader implements XSSFSheetXMLHandler.SheetContentsHandler {
        final IsoFormatter formatter = new IsoFormatter();
        private final List<String> required;
        private final Consumer<TableRow> sink;
        private Header header;
        private List<String> names;
        private int headerRow;
        private final List<String> cells = new ArrayList<>();
        private final Set<Integer> lossyCells = new HashSet<>();
        private int nextColumn;

        SheetReader(List<String> required, Consumer<TableRow> sink) {
            this.required = required;
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
            lossyCells.clear();
            nextColumn = 0;
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? nextColumn : new CellReference(ref).getCol();
            nextColumn = col + 1;
            while (cells.size() <= col) {
                cells.add("");
            }
            cells.set(col, value == null ? "" : value);
            if (formatter.lastWasLossy) {
                lossyCells.add(col);
            }
            formatter.lastWasLossy = false;
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(String::isBlank)) {
                return;
            }
            if (names == null) {
                names = new ArrayList<>(cells.stream().map(String::trim).toList());
                if (!names.isEmpty() && names.get(0).startsWith("\uFEFF")) {
                    names.set(0, names.get(0).substring(1));
                }
                headerRow = rowNum;
                header = header(names, required);
                if (!header.missing().isEmpty()) {
                    throw new HeaderMissing();
                }
                return;
            }
            Set<String> lossy = new HashSet<>();
            for (int c : lossyCells) {
                if (c < names.size()) {
                    lossy.add(names.get(c));
                }
            }
            emit(sink, header, new TableRow(rowNum - headerRow + 1L, zip(names, cells), extra(names.size(), cells), Set.copyOf(lossy)));
        }
    }

    /**
     * Renders numeric cells the way a CSV export would: dates (date-formatted cells) as ISO {@code YYYY-MM-DD} or
     * {@code YYYY-MM-DD HH:MM:SS}, whole numbers without ".0" or exponent (a NIP or a registration number typed
     * as a number), other numbers in plain decimal notation. Whole numbers beyond Excel's 15 significant digits
     * are flagged as lossy.
     */
    static final class IsoFormatter extends DataFormatter {
        boolean lastWasLossy;

        IsoFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            return formatRawCellContents(value, formatIndex, formatString, false);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime dt = DateUtil.getLocalDateTime(value, use1904, true);
                return dt.toLocalTime().toSecondOfDay() == 0 ? dt.toLocalDate().toString() : dt.format(ISO_DATE_TIME);
            }
            return plainNumber(value);
        }

        String plainNumber(double d) {
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return String.valueOf(d);
            }
            if (d == Math.rint(d)) {
                lastWasLossy = Math.abs(d) >= EXCEL_EXACT_LIMIT;
                return new BigDecimal(d).toPlainString();
            }
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
    }

    // ------------------------------------------------------------------ helpers

    private static Header header(List<String> header, List<String> required) {
        List<String> missing = required.stream().filter(c -> !header.contains(c)).toList();
        for (String r : required) {
            if (header.indexOf(r) != header.lastIndexOf(r)) {
                throw new MalformedFileException("import.error.duplicateColumn", r);
            }
        }
        return new Header(List.copyOf(header), missing);
    }

    private static Map<String, String> zip(List<String> header, List<String> cells) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (!header.get(i).isEmpty()) {
                m.putIfAbsent(header.get(i), i < cells.size() ? cells.get(i) : "");
            }
        }
        return m;
    }

    private static int extra(int headerSize, List<String> cells) {
        int n = 0;
        for (int i = headerSize; i < cells.size(); i++) {
            if (!cells.get(i).isBlank()) {
                n++;
            }
        }
        return n;
    }

    /**
     * Parses a date in ISO form (exactly YYYY-MM-DD, a real calendar date); null when absent,
     * {@link IllegalArgumentException} when malformed.
     */
    public static LocalDate date(String s) {
        if (s == null) {
            return null;
        }
        if (!ISO_DATE.matcher(s).matches()) {
            throw new IllegalArgumentException(s);
        }
        try {
            return LocalDate.parse(s);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException(s);
        }
    }

    /**
     * A file that cannot be read as a table at all (HTTP 422 with this message key, reported at line 1);
     * {@code args} fill in the message, e.g. the line where an unclosed quote starts.
     */
    public static class MalformedFileException extends RuntimeException {
        private final transient Object[] args;

        public MalformedFileException(String messageKey, Object... args) {
            super(messageKey);
            this.args = args;
        }

        public String messageKey() {
            return getMessage();
        }

        public Object[] args() {
            return args == null ? new Object[0] : args.clone();
        }
    }

    /** Internal: stops a header-only read at the first data row. */
    private static final class StopReading extends RuntimeException {
        Header header;

        StopReading() {
            super(null, null, false, false);
        }
    }

    /** Internal: carries an exception thrown by the row consumer through the parsers, unchanged. */
    private static final class SinkFailure extends RuntimeException {
        SinkFailure(RuntimeException cause) {
            super(cause);
        }
    }

    /** Internal: ends an xlsx read whose header lacks required columns. */
    private static final class HeaderMissing extends RuntimeException {
        HeaderMissing() {
            super(null, null, false, false);
        }
    }
}
