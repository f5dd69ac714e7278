package id.merit.attendance.web;

import id.merit.attendance.AbsenceKind;
import id.merit.attendance.domain.excuses.Excuse;
import id.merit.attendance.domain.excuses.ExcuseService;
import id.merit.attendance.domain.totals.AttendanceService;
import id.merit.employee.EmployeeFilter;
import id.merit.employee.EmployeeQueries;
import id.merit.employee.EmployeeView;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.BusinessProblem;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Excuses: OPD heads record them for their own staff (the service checks the scope), BKPSDM verifies or rejects;
 * only VERIFIED excuses excuse working days (said on the page).
 */
@Controller
class ExcuseController {

    private static final int STAFF_OPTIONS = 50;
    private final ExcuseService excuses;
    private final AttendanceService attendance;
    private final EmployeeQueries employees;

    ExcuseController(ExcuseService excuses, AttendanceService attendance, EmployeeQueries employees) {
        this.excuses = excuses;
        this.attendance = attendance;
        this.employees = employees;
    }

    @GetMapping("/attendance/excuses")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) Excuse.Status status, Model model) {
        int y = year == null ? attendance.today().getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("status", status);
        model.addAttribute("statuses", Excuse.Status.values());
        model.addAttribute("excuses", excuses.list(y, status));
        model.addAttribute("canDecide", ExcuseService.canDecide());
        return "attendance/excuses";
    }

    @GetMapping("/attendance/excuses/new")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD')")
    String form(@RequestParam(required = false) String nip, Model model) {
        if (!model.containsAttribute("excuseForm")) {
            ExcuseForm f = new ExcuseForm();
            f.setNip(nip);
            model.addAttribute("excuseForm", f);
        }
        model.addAttribute("kinds", AbsenceKind.values());
        model.addAttribute("staff", staff(null));
        model.addAttribute("maxMb", ExcuseService.MAX_EVIDENCE_BYTES / 1024 / 1024);
        return "attendance/excuse-form";
    }

    /** htmx: the staff within the user's scope whose name or NIP matches what was typed (the form's datalist). */
    @GetMapping(value = "/attendance/excuses/new", headers = "HX-Request=true")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD')")
    String staffOptions(@RequestParam(required = false) String nip, Model model) {
        model.addAttribute("staff", staff(nip));
        return "attendance/excuse-form :: staffOptions";
    }

    private List<EmployeeView> staff(String q) {
        return employees.search(new EmployeeFilter(q, null, null, null, null), "name", 0, STAFF_OPTIONS).items();
    }

    @PostMapping("/attendance/excuses")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD')")
    String record(@Valid @ModelAttribute("excuseForm") ExcuseForm form, BindingResult errors, Model model, RedirectAttributes redirect,
                  jakarta.servlet.http.HttpServletResponse response) throws IOException {
        if (form.getEvidence() != null && form.getEvidence().getSize() > ExcuseService.MAX_EVIDENCE_BYTES) {
            errors.rejectValue("evidence", "attendance.excuse.evidenceTooLarge");
        }
        if (!errors.hasErrors()) {
            try {
                ExcuseService.Evidence ev = form.getEvidence() == null || form.getEvidence().isEmpty() ? null
                        : new ExcuseService.Evidence(form.getEvidence().getOriginalFilename(), form.getEvidence().getBytes());
                excuses.record(new ExcuseService.NewExcuse(form.getNip().trim(), form.getKind(), form.getStartDate(), form.getEndDate(),
                        form.getNote(), ev));
                redirect.addFlashAttribute("success", "attendance.excuse.recorded");
                return "redirect:/attendance/excuses?year=" + form.getStartDate().getYear();
            } catch (BusinessProblem e) {
                errors.rejectValue(e.field() == null ? "nip" : e.field(), e.messageKey(), e.args(), e.messageKey());
            } catch (AccessDeniedProblem e) {
                // a NIP outside the head's OPD: keep what was typed and say why next to the field, answered as the refusal it is
                errors.rejectValue("nip", "attendance.excuse.outsideScope", new Object[] {form.getNip().trim()}, null);
                response.setStatus(jakarta.servlet.http.HttpServletResponse.SC_FORBIDDEN);
            }
        }
        return form(null, model);
    }

    @PostMapping("/attendance/excuses/{id}/decision")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String decide(@PathVariable long id, @RequestParam boolean verify, @RequestParam(required = false) String note,
                  @RequestParam int version, @RequestParam(required = false) Integer year, RedirectAttributes redirect) {
        try {
            excuses.decide(id, verify, note, version);
            redirect.addFlashAttribute("success", verify ? "attendance.excuse.verified" : "attendance.excuse.rejected");
        } catch (BusinessProblem e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.args());
        }
        return "redirect:/attendance/excuses" + (year == null ? "" : "?year=" + year);
    }

    @GetMapping("/attendance/excuses/{id}/evidence")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
    ResponseEntity<byte[]> evidence(@PathVariable long id) {
        ExcuseService.EvidenceFile f = excuses.evidence(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(f.filename()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(f.contentType()))
                .body(f.content());
    }
}
