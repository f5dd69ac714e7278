package id.merit.reporting.web;

import id.merit.employee.EmployeeType;
import id.merit.performance.SkpPredicate;
import id.merit.professionalism.OpdRank;
import id.merit.reporting.domain.Dashboard;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * The dashboard's figures as a workbook: sheet "Ringkasan" (one figure a row: label, value) and sheet "OPD" (the OPD
 * league). Labels in the user's language; numbers as numbers.
 */
class DashboardWorkbook {
    private final MessageSource messages;
    private final Locale locale;

    DashboardWorkbook(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    byte[] write(Dashboard d) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(msg("reporting.xlsx.summary"));
            int r = 0;
            r = text(sheet, r, msg("reporting.title", d.year()), null);
            r = text(sheet, r, msg("reporting.xlsx.asOf"), d.asOf().toString());
            r = section(sheet, r, "reporting.staff.title");
            for (Map.Entry<EmployeeType, Long> e : d.staffByType().entrySet()) {
                r = number(sheet, r, msg("employeeType." + e.getKey().name()), e.getValue());
            }
            r = number(sheet, r, msg("reporting.staff.total"), d.staffTotal());
            r = number(sheet, r, msg("reporting.honorary.title"), d.honorary());
            r = number(sheet, r, msg("reporting.honorary.evaluated"), d.honoraryEvaluated());
            for (Map.Entry<String, Long> e : d.honoraryRecommendations().entrySet()) {
                r = number(sheet, r, msg("reporting.honorary.recommendation", msg("honorary.recommendation." + e.getKey())), e.getValue());
            }
            r = section(sheet, r, "reporting.vacancy.title");
            r = number(sheet, r, msg("reporting.vacancy.posts"), d.vacancies().posts());
            r = number(sheet, r, msg("reporting.vacancy.slots"), d.vacancies().slots());
            r = number(sheet, r, msg("reporting.vacancy.filled"), d.vacancies().filled());
            r = number(sheet, r, msg("reporting.vacancy.vacant"), d.vacancies().vacant());
            r = section(sheet, r, "reporting.succession.title");
            r = text(sheet, r, msg("reporting.succession.pool", String.valueOf(d.successionYear())), null);
            r = number(sheet, r, msg("reporting.succession.vacant"), d.succession().vacant());
            r = number(sheet, r, msg("reporting.succession.vacantReady"), d.succession().vacantWithReadyNow());
            r = number(sheet, r, msg("reporting.succession.retiring"), d.succession().retiring());
            r = number(sheet, r, msg("reporting.succession.retiringReady"), d.succession().retiringWithReadyNow());
            r = section(sheet, r, "reporting.skp.title");
            r = number(sheet, r, msg("reporting.skp.asn"), d.skp().asn());
            r = number(sheet, r, msg("reporting.skp.evaluated"), d.skp().evaluated());
            for (SkpPredicate p : SkpPredicate.values()) {
                r = number(sheet, r, msg("performance.predicate." + p.name()), d.skp().byPredicate().get(p));
            }
            r = number(sheet, r, msg("reporting.skp.missing"), d.skp().missing());
            r = number(sheet, r, msg("reporting.neglect.count"), d.neglected().size());
            if (d.skp().compliancePercent() != null) {
                r = decimal(sheet, r, msg("reporting.skp.compliance"), d.skp().compliancePercent().doubleValue());
            }
            if (d.ipAsn() != null) {
                r = section(sheet, r, "reporting.ipAsn.title");
                r = number(sheet, r, msg("reporting.ipAsn.measured"), d.ipAsn().employees());
                if (d.ipAsn().mean() != null) {
                    r = decimal(sheet, r, msg("reporting.ipAsn.mean"), d.ipAsn().mean().doubleValue());
                }
                for (Map.Entry<String, Long> e : d.ipAsn().byCategory().entrySet()) {
                    r = number(sheet, r, msg("professionalism.category." + e.getKey()), e.getValue());
                }
            }
            if (d.boxes() != null) {
                r = section(sheet, r, "reporting.talent.title");
                for (int box = 1; box <= 9; box++) {
                    r = number(sheet, r, msg("talent.box.name", msg("talent.box." + box), box), d.boxes().count(box));
                }
                r = number(sheet, r, msg("reporting.talent.pool"), d.boxes().pool());
                r = number(sheet, r, msg("reporting.talent.unplaced"), d.boxes().unplaced());
            }
            r = section(sheet, r, "reporting.discipline.title");
            r = number(sheet, r, msg("reporting.discipline.relief"), d.officialsToRelieve());
            for (java.util.Map.Entry<id.merit.discipline.PunishmentLevel, java.util.List<Long>> e : d.discipline().byLevel().entrySet()) {
                for (int m = 0; m < 12; m++) {
                    r = number(sheet, r, msg("reporting.discipline.month", msg("discipline.level." + e.getKey().name()),
                            java.time.Month.of(m + 1).getDisplayName(java.time.format.TextStyle.FULL, locale)), e.getValue().get(m));
                }
            }
            sheet.setColumnWidth(0, 60 * 256);
            sheet.setColumnWidth(1, 16 * 256);

            Sheet league = wb.createSheet(msg("reporting.xlsx.league"));
            Row head = league.createRow(0);
            head.createCell(0).setCellValue(msg("reporting.league.rank"));
            head.createCell(1).setCellValue(msg("reporting.league.code"));
            head.createCell(2).setCellValue(msg("reporting.league.opd"));
            head.createCell(3).setCellValue(msg("reporting.league.employees"));
            head.createCell(4).setCellValue(msg("reporting.league.mean"));
            int i = 1;
            for (OpdRank o : d.league()) {
                Row row = league.createRow(i++);
                row.createCell(0).setCellValue(o.rank());
                row.createCell(1).setCellValue(o.opdCode());
                row.createCell(2).setCellValue(o.name());
                row.createCell(3).setCellValue(o.employees());
                row.createCell(4).setCellValue(o.meanIndex().doubleValue());
            }
            league.setColumnWidth(2, 50 * 256);
            unitLeague(wb.createSheet(msg("unitassessment.dashboard.title")), d.unitLeague());
            succession(wb.createSheet(msg("reporting.xlsx.succession")), d);
            wb.write(out);
            return out.toByteArray();
        }
    }

    /** The unit (OPD) assessment league: rank, code, OPD, ASN, the five aspects and the total (empty cell: nothing to measure). */
    private void unitLeague(Sheet sheet, java.util.List<id.merit.unitassessment.UnitScore> units) {
        String[] keys = {"unitassessment.field.rank", "unitassessment.field.opdCode", "unitassessment.field.opd", "unitassessment.field.staff",
                "unitassessment.aspect.PERFORMANCE", "unitassessment.aspect.DISCIPLINE", "unitassessment.aspect.INNOVATION",
                "unitassessment.aspect.AWARDS", "unitassessment.aspect.DATA_COMPLIANCE", "unitassessment.field.total"};
        Row head = sheet.createRow(0);
        for (int c = 0; c < keys.length; c++) {
            head.createCell(c).setCellValue(msg(keys[c]));
        }
        int i = 1;
        for (id.merit.unitassessment.UnitScore u : units) {
            Row row = sheet.createRow(i++);
            if (u.rank() > 0) {
                row.createCell(0).setCellValue(u.rank());
            }
            row.createCell(1).setCellValue(u.opdCode());
            row.createCell(2).setCellValue(u.opdName());
            row.createCell(3).setCellValue(u.staff());
            java.math.BigDecimal[] v = {u.performance(), u.discipline(), u.innovation(), u.awards(), u.dataCompliance(), u.total()};
            for (int c = 0; c < v.length; c++) {
                if (v[c] != null) {
                    row.createCell(4 + c).setCellValue(v[c].doubleValue());
                }
            }
        }
        sheet.setColumnWidth(2, 50 * 256);
    }

    /** The key posts vacant or with a holder retiring: code, post, OPD, vacant, retiring, ready now, ready in 1–2 years (empty: not computed). */
    private void succession(Sheet sheet, Dashboard d) {
        String[] keys = {"reporting.league.code", "reporting.succession.post", "reporting.league.opd", "talent.succession.vacant",
                "talent.succession.retiring", "talent.succession.readiness.READY_NOW", "talent.succession.readiness.READY_1_2_YEARS"};
        Row head = sheet.createRow(0);
        for (int c = 0; c < keys.length; c++) {
            head.createCell(c).setCellValue(msg(keys[c]));
        }
        int i = 1;
        for (id.merit.talent.SuccessionQueries.KeyPost p : d.successionAtRisk()) {
            Row row = sheet.createRow(i++);
            row.createCell(0).setCellValue(p.code());
            row.createCell(1).setCellValue(p.name());
            row.createCell(2).setCellValue(p.opdName());
            row.createCell(3).setCellValue(msg(p.vacant() ? "common.yes" : "common.no"));
            row.createCell(4).setCellValue(msg(p.retiringSoon() ? "common.yes" : "common.no"));
            if (p.decided()) {
                row.createCell(5).setCellValue(p.readyNow());
                row.createCell(6).setCellValue(p.readySoon());
            }
        }
        sheet.setColumnWidth(1, 45 * 256);
        sheet.setColumnWidth(2, 45 * 256);
    }

    private int section(Sheet sheet, int r, String key) {
        sheet.createRow(r++); // a blank line before each section
        return text(sheet, r, msg(key), null);
    }

    private static int text(Sheet sheet, int r, String label, String value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        if (value != null) {
            row.createCell(1).setCellValue(value);
        }
        return r + 1;
    }

    private static int number(Sheet sheet, int r, String label, long value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
        return r + 1;
    }

    private static int decimal(Sheet sheet, int r, String label, double value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
        return r + 1;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
