package id.merit.orgunit.web;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/** An OPD's formation table (posts, slots, filled, vacant, holders) as .xlsx, labels in Indonesian. */
final class FormationWorkbook {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> COLUMNS = List.of("code", "name", "kind", "superior", "slots", "filled", "vacant",
            "keyPost", "holders", "acting");
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final MessageSource messages;

    FormationWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    void write(PostStructure structure, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet(text("post.export.sheet"));
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Row head = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell c = head.createCell(i);
                c.setCellValue(text("post.export.col." + COLUMNS.get(i)));
                c.setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (PostStructure.Line l : structure.lines()) {
                Row row = sheet.createRow(r++);
                int c = 0;
                row.createCell(c++).setCellValue(l.post().code());
                row.createCell(c++).setCellValue("  ".repeat(l.depth()) + l.post().name());
                row.createCell(c++).setCellValue(text("positionKind." + l.post().positionKind()));
                row.createCell(c++).setCellValue(l.post().superiorCode() == null ? "" : l.post().superiorCode());
                row.createCell(c++).setCellValue(l.post().slots());
                row.createCell(c++).setCellValue(l.filled());
                row.createCell(c++).setCellValue(l.vacant());
                row.createCell(c++).setCellValue(text(l.post().keyPost() ? "post.keyPost.yes" : "post.keyPost.no"));
                row.createCell(c++).setCellValue(l.holders().stream().map(h -> h.name() + " (" + h.nip() + ")")
                        .collect(Collectors.joining("; ")));
                row.createCell(c).setCellValue(l.acting().stream().map(a -> a.kind() + " " + a.nip())
                        .collect(Collectors.joining("; ")));
            }
            Row total = sheet.createRow(r);
            total.createCell(1).setCellValue(text("post.total"));
            total.createCell(4).setCellValue(structure.slots());
            total.createCell(5).setCellValue(structure.filled());
            total.createCell(6).setCellValue(structure.vacant());
            for (int i = 0; i < COLUMNS.size(); i++) {
                sheet.setColumnWidth(i, 256 * (i == 1 || i == 8 ? 45 : 16));
            }
            wb.write(out);
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, INDONESIAN);
    }
}
