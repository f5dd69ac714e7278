package id.merit.discipline.web;

import id.merit.discipline.domain.DisciplineClock;
import id.merit.discipline.domain.StatsService;
import id.merit.discipline.domain.StatsService.Row;
import id.merit.discipline.domain.StatsService.YearStats;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Yearly counts per OPD: reprimand letters, punishments by level, cases, inspections; as a page and as .xlsx. */
@Controller
@RequestMapping("/discipline/stats")
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
class StatsController {
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final List<String> COLUMNS = List.of("opd", "teguranLisan", "teguranTertulis", "pernyataanTidakPuas", "warningLetters",
            "sedang", "berat", "punishments", "casesOpen", "casesClosed", "inspections", "findings");
    private final StatsService stats;
    private final MessageSource messages;
    private final DisciplineClock clock;

    StatsController(StatsService stats, MessageSource messages, DisciplineClock clock) {
        this.stats = stats;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String page(@RequestParam(required = false) Integer year, Model model) {
        YearStats s = stats.year(year == null ? clock.today().getYear() : year);
        model.addAttribute("s", s);
        model.addAttribute("chartLabels", String.join("|", s.rows().stream().map(Row::opdCode).toList()));
        model.addAttribute("chartSeries", String.join(";", series(s, Row::warningLetters), series(s, Row::sedang), series(s, Row::berat)));
        return "discipline/stats";
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) Integer year) throws IOException {
        YearStats s = stats.year(year == null ? clock.today().getYear() : year);
        Locale locale = LocaleContextHolder.getLocale();
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(String.valueOf(s.year()));
            var header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(messages.getMessage("discipline.stats." + COLUMNS.get(i), null, locale));
            }
            int r = 1;
            for (Row row : s.rows()) {
                write(sheet.createRow(r++), row.opdName(), row);
            }
            write(sheet.createRow(r), messages.getMessage("discipline.stats.total", null, locale), s.total());
            wb.write(out);
            return ResponseEntity.ok().contentType(XLSX).header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename("disiplin-" + s.year() + ".xlsx").build().toString()).body(out.toByteArray());
        }
    }

    private static void write(org.apache.poi.ss.usermodel.Row x, String name, Row row) {
        long[] v = {row.teguranLisan(), row.teguranTertulis(), row.pernyataanTidakPuas(), row.warningLetters(), row.sedang(), row.berat(),
                row.punishments(), row.casesOpen(), row.casesClosed(), row.inspections(), row.findings()};
        x.createCell(0).setCellValue(name);
        for (int i = 0; i < v.length; i++) {
            x.createCell(i + 1).setCellValue(v[i]);
        }
    }

    private static String series(YearStats s, ToLongFunction<Row> f) {
        return String.join("|", s.rows().stream().map(r -> String.valueOf(f.applyAsLong(r))).toList());
    }
}
