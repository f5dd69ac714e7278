package id.merit.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.merit.dataimport.TabularFile.MalformedFileException;
import id.merit.dataimport.TabularFile.TableRow;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TabularFileTests {

    private static final List<String> COLS = List.of("nip", "name", "birth_date");

    @TempDir
    Path dir;

    // ------------------------------------------------------------------ CSV

    @Test
    void csvWithBomAndCrlfKeepsHeaderAndLineNumbers() {
        List<TableRow> rows = new ArrayList<>();
        TabularFile.Header h = TabularFile.read(csv("\uFEFFnip,name,birth_date\r\n1,Ani,1990-01-02\r\n2,Budi,1991-02-03\r\n"), COLS, rows::add);

        assertThat(h.columns()).containsExactly("nip", "name", "birth_date");
        assertThat(h.missing()).isEmpty();
        assertThat(rows).extracting(TableRow::line).containsExactly(2L, 3L);
        assertThat(rows.get(1).get("name")).isEqualTo("Budi");
        assertThat(rows.get(1).get("birth_date")).isEqualTo("1991-02-03");
    }

    @Test
    void quotedCommasAndEscapedQuotesStayInOneCell() {
        List<TableRow> rows = read("nip,name,birth_date\n1,\"Siregar, S.Kom\",1990-01-02\n2,\"Ani \"\"Nia\"\" Lubis\",\n");

        assertThat(rows.get(0).get("name")).isEqualTo("Siregar, S.Kom");
        assertThat(rows.get(0).extraCells()).isZero();
        assertThat(rows.get(1).get("name")).isEqualTo("Ani \"Nia\" Lubis");
        assertThat(rows.get(1).get("birth_date")).isNull();
    }

    @Test
    void embeddedNewlineInQuotesCountsPhysicalLines() {
        List<TableRow> rows = read("nip,name,birth_date\r\n1,\"Jl. Merdeka\r\nNo. 5\",1990-01-02\r\n2,Budi,1991-02-03\r\n");

        assertThat(rows).extracting(TableRow::line).containsExactly(2L, 4L);
        assertThat(rows.get(0).get("name")).isEqualTo("Jl. Merdeka\nNo. 5");
    }

    @Test
    void blankLinesAreSkippedButStillCounted() {
        List<TableRow> rows = read("nip,name,birth_date\n\n1,Ani,\n ,, \n\n2,Budi,\n");

        assertThat(rows).extracting(TableRow::line).containsExactly(3L, 6L);
    }

    @Test
    void missingHeaderColumnIsReportedAndNoRowIsRead() {
        List<TableRow> rows = new ArrayList<>();
        TabularFile.Header h = TabularFile.read(csv("nip,nama\n1,Ani\n"), COLS, rows::add);

        assertThat(h.missing()).containsExactly("name", "birth_date");
        assertThat(rows).isEmpty();
    }

    @Test
    void headerNamesAreExactButTrimmedAndExtraColumnsAllowed() {
        List<TableRow> rows = new ArrayList<>();
        TabularFile.Header upper = TabularFile.read(csv("NIP,name,birth_date\n1,Ani,\n"), COLS, rows::add);
        assertThat(upper.missing()).containsExactly("nip");

        TabularFile.Header spaced = TabularFile.read(csv(" nip , name ,birth_date,remarks\n1,Ani,,hello\n"), COLS, rows::add);
        assertThat(spaced.missing()).isEmpty();
        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("nip")).isEqualTo("1");
            assertThat(r.get("remarks")).isEqualTo("hello");
        });
    }

    @Test
    void extraNonBlankCellsAreCountedTrailingEmptyOnesIgnored() {
        List<TableRow> rows = read("nip,name,birth_date\n1,Siregar, S.Kom,1990-01-02\n2,Budi,1991-02-03,,\n");

        assertThat(rows.get(0).extraCells()).isEqualTo(1);
        assertThat(rows.get(1).extraCells()).isZero();
    }

    @Test
    void shortRowsReadAsEmptyCells() {
        List<TableRow> rows = read("nip,name,birth_date\n1\n");

        assertThat(rows.get(0).get("name")).isNull();
        assertThat(rows.get(0).has("birth_date")).isTrue();
    }

    @Test
    void duplicateRequiredColumnRefusesTheFile() {
        assertThatThrownBy(() -> read("nip,name,nip,birth_date\n1,Ani,2,\n"))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.error.duplicateColumn");
                    assertThat(e.args()).containsExactly("nip");
                });
    }

    @Test
    void textThatIsNotUtf8IsRefusedNamingTheLine() {
        byte[] latin1 = "nip,name,birth_date\n1,Ani,\n2,Muñoz,\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> TabularFile.read(() -> new ByteArrayInputStream(latin1), COLS, r -> { }))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.error.notUtf8");
                    assertThat(e.args()).containsExactly("3");
                });
    }

    @Test
    void unclosedQuoteIsRefusedNamingWhereItOpened() {
        assertThatThrownBy(() -> read("nip,name,birth_date\n1,Ani,\n2,\"Budi,\n3,Cici,\n"))
                .isInstanceOfSatisfying(MalformedFileException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("import.error.unclosedQuote");
                    assertThat(e.args()).containsExactly("3");
                });
    }

    @Test
    void emptyFileIsRefused() {
        assertThatThrownBy(() -> read("")).hasMessage("import.error.emptyFile");
        assertThatThrownBy(() -> read("\uFEFF\r\n")).hasMessage("import.error.emptyFile");
    }

    @Test
    void legacyXlsAndOtherZipFilesAreRefused() throws IOException {
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThatThrownBy(() -> TabularFile.read(() -> new ByteArrayInputStream(ole2), COLS, r -> { }))
                .hasMessage("import.error.legacyExcel");

        Path zip = dir.resolve("notes.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("notes.txt"));
            out.write("hello".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        assertThatThrownBy(() -> TabularFile.read(ImportRequest.FileSource.of(zip), COLS, r -> { }))
                .hasMessage("import.error.badWorkbook");
    }

    @Test
    void headerReadStopsAtTheFirstRow() {
        List<TableRow> seen = new ArrayList<>();
        TabularFile.Header h = TabularFile.header(csv("nip,name,birth_date\n1,Ani,\n2,\"never closed\n"), COLS);

        assertThat(h.missing()).isEmpty();
        assertThat(h.columns()).containsExactly("nip", "name", "birth_date");
        assertThat(seen).isEmpty();
    }

    @Test
    void exceptionsFromTheConsumerPassThroughUnchanged() {
        IllegalStateException boom = new IllegalStateException("boom");
        assertThatThrownBy(() -> TabularFile.read(csv("nip,name,birth_date\n1,Ani,\n"), COLS, r -> {
            throw boom;
        })).isSameAs(boom);
    }

    @Test
    void datesMustBeStrictIso() {
        assertThat(TabularFile.date("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(TabularFile.date(null)).isNull();
        for (String bad : List.of("2023-02-29", "2024-2-1", "01/02/2024", "2024-01-01T00:00", "+12024-01-01", "20240101")) {
            assertThatThrownBy(() -> TabularFile.date(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    // ------------------------------------------------------------------ xlsx

    @Test
    void xlsxWithDateCellsAndNumericNipsReadsLikeCsv() throws IOException {
        Path file = dir.resolve("staff.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = wb.createSheet("Pegawai");
            wb.createSheet("Catatan").createRow(0).createCell(0).setCellValue("ignored");
            header(sheet.createRow(0), "nip", "name", "birth_date", "hours", "remarks");
            Row r1 = sheet.createRow(1);
            r1.createCell(0).setCellValue(20230017d);                 // registration number typed as a number
            r1.createCell(1).setCellValue("Ani");
            r1.createCell(2).setCellValue(LocalDate.of(1990, 1, 2));  // a real date cell
            r1.getCell(2).setCellStyle(dateStyle);
            r1.createCell(3).setCellFormula("10+10");
            r1.createCell(4).setCellValue(-6.2088);
            sheet.createRow(2);                                        // blank row: skipped
            Row r3 = sheet.createRow(3);
            r3.createCell(0).setCellValue(198503122010011002d);       // 18-digit NIP typed as a number: digits lost
            r3.createCell(1).setCellValue("Budi");
            r3.createCell(2).setCellValue("1985-03-12");              // date typed as text
            Row r4 = sheet.createRow(4);
            r4.createCell(0).setCellValue("198503122010011002");      // NIP as text: exact
            r4.createCell(2).setCellValue(LocalDateTime.of(2024, 5, 6, 7, 8, 9));
            r4.getCell(2).setCellStyle(timestampStyle(wb));
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }

        for (ImportRequest.FileSource source : List.of(ImportRequest.FileSource.of(file),
                (ImportRequest.FileSource) () -> Files.newInputStream(file))) {
            List<TableRow> rows = new ArrayList<>();
            TabularFile.Header h = TabularFile.read(source, COLS, rows::add);

            assertThat(h.missing()).isEmpty();
            assertThat(rows).extracting(TableRow::line).containsExactly(2L, 4L, 5L);
            TableRow first = rows.get(0);
            assertThat(first.get("nip")).isEqualTo("20230017");
            assertThat(first.get("birth_date")).isEqualTo("1990-01-02");
            assertThat(first.get("hours")).isEqualTo("20");
            assertThat(first.get("remarks")).isEqualTo("-6.2088");
            assertThat(first.lossy()).isEmpty();
            assertThat(rows.get(1).lossy()).containsExactly("nip");
            assertThat(rows.get(1).get("birth_date")).isEqualTo("1985-03-12");
            assertThat(rows.get(2).get("nip")).isEqualTo("198503122010011002");
            assertThat(rows.get(2).lossy()).isEmpty();
            assertThat(rows.get(2).get("name")).isNull();
            assertThat(rows.get(2).get("birth_date")).isEqualTo("2024-05-06 07:08:09");
        }
    }

    @Test
    void xlsxMissingHeaderColumnAndHeaderBelowTitleRows() throws IOException {
        Path file = dir.resolve("partial.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet();
            header(sheet.createRow(2), "nip", "name");
            header(sheet.createRow(3), "1", "Ani");
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        List<TableRow> rows = new ArrayList<>();
        TabularFile.Header h = TabularFile.read(ImportRequest.FileSource.of(file), COLS, rows::add);

        assertThat(h.missing()).containsExactly("birth_date");
        assertThat(rows).isEmpty();

        TabularFile.read(ImportRequest.FileSource.of(file), List.of("nip"), rows::add);
        assertThat(rows).singleElement().extracting(TableRow::line).isEqualTo(2L);
    }

    @Test
    void emptyWorkbookIsRefused() throws IOException {
        Path file = dir.resolve("empty.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet();
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        }
        assertThatThrownBy(() -> TabularFile.read(ImportRequest.FileSource.of(file), COLS, r -> { }))
                .hasMessage("import.error.emptyFile");
    }

    // ------------------------------------------------------------------ helpers

    private static CellStyle timestampStyle(XSSFWorkbook wb) {
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
        return s;
    }

    private static void header(Row row, String... names) {
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    private static ImportRequest.FileSource csv(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return () -> new ByteArrayInputStream(bytes);
    }

    private static List<TableRow> read(String text) {
        List<TableRow> rows = new ArrayList<>();
        TabularFile.read(csv(text), COLS, rows::add);
        return rows;
    }
}
