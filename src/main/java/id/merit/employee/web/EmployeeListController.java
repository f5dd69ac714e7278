package id.merit.employee.web;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.employee.EmployeeView;
import id.merit.employee.domain.EmployeeQueryService;
import id.merit.orgunit.OpdQueries;
import id.merit.shared.PagedResult;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The staff registry list: search, filters, sorting and paging as a full page, its rows as an htmx partial, and
 * the same selection as .xlsx. OPD scope is applied by {@link EmployeeQueryService#search}, not here.
 */
@Controller
@RequestMapping("/employees")
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
class EmployeeListController {

    static final int PAGE_SIZE = 25;
    static final String EXPORT_AUDIT_TYPE = "EMPLOYEE_EXPORT";
    private static final DateTimeFormatter FILE_DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private final EmployeeQueryService employees;
    private final OpdQueries opds;
    private final AuditLog audit;
    private final EmployeeWorkbook workbook;
    private final ZoneId zone;

    EmployeeListController(EmployeeQueryService employees, OpdQueries opds, AuditLog audit, MessageSource messages,
                           @Value("${merit.time-zone:Asia/Jakarta}") String zone) {
        this.employees = employees;
        this.opds = opds;
        this.audit = audit;
        this.workbook = new EmployeeWorkbook(messages);
        this.zone = ZoneId.of(zone);
    }

    /**
     * The full page, or only the {@code rows} fragment for htmx requests (filter form, sort and page links) — except
     * when htmx restores history after a cache miss, which needs the whole page.
     */
    @GetMapping
    String list(@ModelAttribute("filter") EmployeeSearchForm filter, BindingResult ignoredBindingErrors,
                @RequestHeader(value = "HX-Request", required = false) String htmx,
                @RequestHeader(value = "HX-History-Restore-Request", required = false) String historyRestore,
                Model model, HttpServletResponse response) {
        PagedResult<EmployeeView> page = employees.search(filter.toFilter(), filter.getEffectiveSort(),
                filter.getPageNumber(), PAGE_SIZE);
        model.addAttribute("page", page);
        model.addAttribute("pageQuery", filter.getQuery());
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        if ("true".equals(htmx) && !"true".equals(historyRestore)) {
            return "employee/list :: rows";
        }
        EmployeeOptions.addTo(model, opds);
        return "employee/list";
    }

    /** Every row of the current selection (all pages, same scope and order) as {@code pegawai-YYYYMMDD.xlsx}. */
    @GetMapping("/export.xlsx")
    void export(@ModelAttribute("filter") EmployeeSearchForm filter, BindingResult ignoredBindingErrors,
                HttpServletResponse response) throws IOException {
        List<EmployeeView> rows = employees.searchAll(filter.toFilter(), filter.getEffectiveSort());
        String filename = "pegawai-" + LocalDate.now(zone).format(FILE_DATE) + ".xlsx";
        // Exporting personal data is an access like viewing it (UU 27/2022): record who took which selection.
        audit.event(AuditAction.VIEW, EXPORT_AUDIT_TYPE, filename, rows.size() + " rows; " + filter.getQuery());
        response.setContentType(EmployeeWorkbook.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        workbook.write(rows, response.getOutputStream());
    }
}
