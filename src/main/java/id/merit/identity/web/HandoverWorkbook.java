package id.merit.identity.web;

import id.merit.identity.domain.EmployeeAccounts.Handover;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * The hand-over sheet as .xlsx. Its rows travel from the result page back to the server as one text field (a line per
 * account, tab-separated), so the server keeps no copy of the one-time passwords.
 */
final class HandoverWorkbook {
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> COLUMNS = List.of("no", "name", "nip", "opdCode", "opdName", "username", "password");
    private final MessageSource messages;
    private final Locale locale;

    HandoverWorkbook(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    static String encode(List<Handover> rows) {
        StringBuilder out = new StringBuilder();
        for (Handover h : rows) {
            out.append(clean(h.name())).append('\t').append(clean(h.nip())).append('\t').append(clean(h.opdCode())).append('\t')
                    .append(clean(h.opdName())).append('\t').append(clean(h.username())).append('\t').append(clean(h.password()))
                    .append('\n');
        }
        return out.toString();
    }

    static List<Handover> decode(String sheet) {
        List<Handover> rows = new ArrayList<>();
        for (String line : sheet.split("\r?\n")) {
            String[] f = line.split("\t", -1);
            if (f.length == 6) {
                rows.add(new Handover(f[0], f[1], f[2], f[3], f[4], f[5]));
            }
        }
        return rows;
    }

    void write(List<Handover> rows, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
            Sheet sheet = wb.createSheet(text("user.bulk.sheet.name"));
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Row head = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell c = head.createCell(i);
                c.setCellValue(text("user.bulk.col." + COLUMNS.get(i)));
                c.setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (Handover h : rows) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue(r);
                row.createCell(1).setCellValue(h.name());
                row.createCell(2).setCellValue(h.nip());
                row.createCell(3).setCellValue(h.opdCode());
                row.createCell(4).setCellValue(h.opdName());
                row.createCell(5).setCellValue(h.username());
                row.createCell(6).setCellValue(h.password());
                r++;
            }
            wb.write(out);
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, locale);
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
