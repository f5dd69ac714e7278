package id.merit.professionalism.web;

import id.merit.professionalism.EmployeeRank;
import id.merit.professionalism.OpdRank;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/** The IP ASN rankings of a year as .xlsx: the employee ranking and the OPD league, labels in Indonesian. */
final class RankingWorkbook {

    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final List<String> EMPLOYEE_COLUMNS = List.of("rank", "nip", "employee", "opd", "qualification", "competency",
            "performance", "discipline", "total", "category");
    static final List<String> OPD_COLUMNS = List.of("rank", "opd", "employees", "mean");
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private final MessageSource messages;

    RankingWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    void write(List<EmployeeRank> employees, List<OpdRank> league, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Sheet people = sheet(wb, text("professionalism.rankings.employees"), EMPLOYEE_COLUMNS, header);
            int r = 1;
            for (EmployeeRank e : employees) {
                Row row = people.createRow(r++);
                int c = 0;
                row.createCell(c++).setCellValue(e.rank());
                row.createCell(c++).setCellValue(e.nip());
                row.createCell(c++).setCellValue(e.name());
                row.createCell(c++).setCellValue(e.opdName() == null ? "" : e.opdName());
                number(row.createCell(c++), e.qualification());
                number(row.createCell(c++), e.competency());
                number(row.createCell(c++), e.performance());
                number(row.createCell(c++), e.discipline());
                number(row.createCell(c++), e.total());
                row.createCell(c).setCellValue(e.category() == null ? "" : text("professionalism.category." + e.category().name()));
            }
            Sheet opds = sheet(wb, text("professionalism.rankings.opds"), OPD_COLUMNS, header);
            r = 1;
            for (OpdRank o : league) {
                Row row = opds.createRow(r++);
                row.createCell(0).setCellValue(o.rank());
                row.createCell(1).setCellValue(o.name());
                row.createCell(2).setCellValue(o.employees());
                number(row.createCell(3), o.meanIndex());
            }
            wb.write(out);
        }
    }

    private Sheet sheet(XSSFWorkbook wb, String name, List<String> columns, CellStyle header) {
        Sheet sheet = wb.createSheet(name);
        Row head = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell c = head.createCell(i);
            c.setCellValue(text("professionalism.field." + columns.get(i)));
            c.setCellStyle(header);
            sheet.setColumnWidth(i, 256 * (columns.get(i).equals("employee") || columns.get(i).equals("opd") ? 40 : 14));
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    private static void number(Cell cell, BigDecimal value) {
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, INDONESIAN);
    }
}
