package id.merit.attendance.web;

import id.merit.attendance.AttendanceQueries;
import id.merit.attendance.domain.totals.AttendanceService.RecapRow;
import id.merit.attendance.domain.totals.AttendanceService;
import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.orgunit.OpdView;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Monthly recap per OPD (with .xlsx export) and the yearly heat map of one employee. */
@Controller
class AttendancePageController {
    /** Audit entity type of bulk reads of attendance (the recap workbook, everyone's totals through the API). */
    static final String EXPORT_AUDIT_TYPE = "ATTENDANCE_EXPORT";

    static final String[] RECAP_COLUMNS = {"nip", "name", "type", "workingDays", "presentDays", "excusedDays", "unexcusedDays",
        "noDataDays", "lateMinutes", "earlyLeaveMinutes"};
    private final AttendanceService attendance;
    private final MessageSource messages;
    private final AuditLog audit;

    AttendancePageController(AttendanceService attendance, MessageSource messages, AuditLog audit) {
        this.attendance = attendance;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping("/attendance")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
    String recap(@RequestParam(required = false) String opd,
                 @RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
        List<OpdView> opds = attendance.visibleOpds();
        String code = opd != null && !opd.isBlank() ? opd : defaultOpd(opds);
        YearMonth m = month != null ? month : YearMonth.from(attendance.today());
        model.addAttribute("opds", opds);
        model.addAttribute("opd", code);
        model.addAttribute("month", m);
        List<AttendanceService.RecapRow> rows = code == null ? List.of() : attendance.monthlyRecap(code, m);
        model.addAttribute("rows", rows);
        // computed here: a selection over thousands of rows exceeds SpEL's operation limit in the template
        model.addAttribute("noData", !rows.isEmpty() && rows.stream().allMatch(r -> r.totals().noAttendanceData()));
        return "attendance/recap";
    }

    @GetMapping("/attendance/recap.xlsx")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
    ResponseEntity<byte[]> export(@RequestParam String opd, @RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
                                  Locale locale) throws IOException {
        List<RecapRow> rows = attendance.monthlyRecap(opd, month);
        // exporting personal data is an access like viewing it (UU 27/2022): who took which OPD's month
        audit.event(AuditAction.VIEW, EXPORT_AUDIT_TYPE, "recap " + opd + " " + month, rows.size() + " rows exported as .xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(opd + " " + month);
            Row header = sheet.createRow(0);
            for (int c = 0; c < RECAP_COLUMNS.length; c++) {
                header.createCell(c).setCellValue(messages.getMessage("attendance.col." + RECAP_COLUMNS[c], null, locale));
            }
            int r = 1;
            for (RecapRow row : rows) {
                Row x = sheet.createRow(r++);
                x.createCell(0).setCellValue(row.nip());
                x.createCell(1).setCellValue(row.name());
                x.createCell(2).setCellValue(messages.getMessage("employeeType." + row.employeeType().name(), null, locale));
                int[] v = {row.totals().workingDays(), row.totals().presentDays(), row.totals().excusedDays(), row.totals().unexcusedDays(),
                    row.totals().noDataDays(), row.totals().lateMinutes(), row.totals().earlyLeaveMinutes()};
                for (int k = 0; k < v.length; k++) {
                    x.createCell(3 + k).setCellValue(v[k]);
                }
            }
            for (int c = 0; c < RECAP_COLUMNS.length; c++) {
                sheet.autoSizeColumn(c);
            }
            wb.write(out);
            return ResponseEntity.ok()
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("rekap-kehadiran-" + opd + "-" + month + ".xlsx").build().toString())
                    .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                    .body(out.toByteArray());
        }
    }

    @GetMapping("/attendance/employees/{nip}/{year}")
    String employee(@PathVariable String nip, @PathVariable int year,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
                    @org.springframework.web.bind.annotation.RequestHeader(value = "HX-Request", required = false) String htmx,
                    Model model) {
        if (year < 2000 || year > 2100) {
            throw new NotFoundProblem("attendance.error.year", year);
        }
        AttendanceQueries.AttendanceYear y = attendance.year(nip, year, until != null && until.getYear() == year ? until : null);
        model.addAttribute("totals", y.totals());
        model.addAttribute("heatmap", Heatmap.of(year, y.days()));
        model.addAttribute("year", year);
        model.addAttribute("thisYear", attendance.today().getYear());
        return htmx != null ? "attendance/employee :: panel" : "attendance/employee";
    }

    /** An OPD head starts with their own unit, everyone else with the first unit of the tree. */
    private static String defaultOpd(List<OpdView> opds) {
        String own = CurrentUser.get().map(CurrentUser::opdCode).orElse(null);
        if (own != null && opds.stream().anyMatch(o -> o.code().equals(own))) {
            return own;
        }
        return opds.isEmpty() ? null : opds.get(0).code();
    }
}
