package id.merit.employee.web;

import id.merit.employee.EmployeeView;
import id.merit.employee.Rank;
import java.io.IOException;
import java.io.OutputStream;
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
 * The registry list as .xlsx, streamed row by row (SXSSF keeps only a window of rows in memory), so a province's
 * 100,000 staff fit. Headers and labels are Indonesian: the file is passed around the agency as is.
 */
final class EmployeeWorkbook {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final Locale INDONESIAN = new Locale("id");
    static final List<String> COLUMNS = List.of("no", "nip", "name", "gender", "birthDate", "employeeType", "opdCode",
            "opdName", "rank", "rankTitle", "positionName", "positionKind", "positionLevel", "functionalProfession",
            "distanceKm");
    private static final int WINDOW = 200;

    private final MessageSource messages;

    EmployeeWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    void write(List<EmployeeView> employees, OutputStream out) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW)) {
            Sheet sheet = wb.createSheet(text("employee.export.sheet"));
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));

            Row head = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                Cell c = head.createCell(i);
                c.setCellValue(text("employee.export.col." + COLUMNS.get(i)));
                c.setCellStyle(header);
            }
            sheet.createFreezePane(0, 1);
            int r = 1;
            for (EmployeeView e : employees) {
                Row row = sheet.createRow(r);
                int c = 0;
                row.createCell(c++).setCellValue(r);
                row.createCell(c++).setCellValue(e.nip());
                row.createCell(c++).setCellValue(e.name());
                row.createCell(c++).setCellValue(label("gender.", e.gender()));
                Cell born = row.createCell(c++);
                if (e.birthDate() != null) {
                    born.setCellValue(e.birthDate());
                    born.setCellStyle(date);
                }
                row.createCell(c++).setCellValue(label("employeeType.", e.employeeType()));
                row.createCell(c++).setCellValue(nz(e.opdCode()));
                row.createCell(c++).setCellValue(nz(e.opdName()));
                row.createCell(c++).setCellValue(nz(e.rank()));
                row.createCell(c++).setCellValue(e.rank() == null ? "" : text(Rank.titleKey(e.rank())));
                row.createCell(c++).setCellValue(nz(e.positionName()));
                row.createCell(c++).setCellValue(label("positionKind.", e.positionKind()));
                row.createCell(c++).setCellValue(label("positionLevel.", e.positionLevel()));
                row.createCell(c++).setCellValue(label("functionalProfession.", e.functionalProfession()));
                Cell km = row.createCell(c);
                if (e.distanceKm() != null) {
                    km.setCellValue(e.distanceKm());
                }
                r++;
            }
            for (int i = 0; i < COLUMNS.size(); i++) {
                sheet.setColumnWidth(i, width(COLUMNS.get(i)));
            }
            wb.write(out);
        }
    }

    private static int width(String column) {
        int chars = switch (column) {
            case "no", "gender", "rank" -> 8;
            case "nip", "birthDate", "opdCode", "distanceKm" -> 20;
            case "name", "opdName", "positionName" -> 40;
            default -> 22;
        };
        return chars * 256;
    }

    private String label(String prefix, Enum<?> value) {
        return value == null ? "" : text(prefix + value.name());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, INDONESIAN);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
