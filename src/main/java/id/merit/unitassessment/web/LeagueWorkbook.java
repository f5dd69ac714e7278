package id.merit.unitassessment.web;

import id.merit.unitassessment.UnitScore;
import id.merit.unitassessment.domain.LeagueCalculator;
import id.merit.unitassessment.rules.Aspect;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/** The league table of a year as .xlsx (labels in Indonesian), with the rule set and weights under the table. */
final class LeagueWorkbook {
    static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private final MessageSource messages;

    LeagueWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    void write(LeagueCalculator.League league, OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle header = wb.createCellStyle();
            Font bold = wb.createFont();
            bold.setBold(true);
            header.setFont(bold);
            Sheet sheet = wb.createSheet(text("unitassessment.league.title", String.valueOf(league.year())));
            Row head = sheet.createRow(0);
            String[] columns = {text("unitassessment.field.rank"), text("unitassessment.field.opdCode"), text("unitassessment.field.opd"),
                    text("unitassessment.field.staff"), aspect(Aspect.PERFORMANCE), aspect(Aspect.DISCIPLINE), aspect(Aspect.INNOVATION),
                    aspect(Aspect.AWARDS), aspect(Aspect.DATA_COMPLIANCE), text("unitassessment.field.total")};
            for (int i = 0; i < columns.length; i++) {
                head.createCell(i).setCellValue(columns[i]);
                head.getCell(i).setCellStyle(header);
            }
            int r = 1;
            for (UnitScore s : league.rows()) {
                Row row = sheet.createRow(r++);
                if (s.rank() > 0) {
                    row.createCell(0).setCellValue(s.rank());
                }
                row.createCell(1).setCellValue(s.opdCode());
                row.createCell(2).setCellValue(s.opdName());
                row.createCell(3).setCellValue(s.staff());
                number(row, 4, s.performance());
                number(row, 5, s.discipline());
                number(row, 6, s.innovation());
                number(row, 7, s.awards());
                number(row, 8, s.dataCompliance());
                number(row, 9, s.total());
            }
            r++;
            var p = league.parameters();
            sheet.createRow(r++).createCell(0).setCellValue(text("unitassessment.league.ruleSet", p.name(),
                    p.weight(Aspect.PERFORMANCE), p.weight(Aspect.DISCIPLINE), p.weight(Aspect.INNOVATION), p.weight(Aspect.AWARDS),
                    p.weight(Aspect.DATA_COMPLIANCE), p.attendanceSharePercent()));
            for (int i = 0; i < columns.length; i++) {
                sheet.autoSizeColumn(i);
            }
            wb.write(out);
        }
    }

    private static void number(Row row, int col, BigDecimal v) {
        if (v != null) {
            row.createCell(col).setCellValue(v.doubleValue());
        }
    }

    private String aspect(Aspect a) {
        return text("unitassessment.aspect." + a.name());
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, INDONESIAN);
    }
}
