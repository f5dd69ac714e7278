package id.merit.attendance.web;

import id.merit.attendance.domain.calendar.OutageService;
import id.merit.attendance.domain.totals.AttendanceService;
import id.merit.orgunit.OpdQueries;
import id.merit.shared.BusinessProblem;
import jakarta.validation.Valid;
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

/** Attendance outages for BKPSDM: the list of a year, record one (device or OPD unit, dates, reason), delete one. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
class OutageController {

    private final OutageService outages;
    private final AttendanceService attendance;
    private final OpdQueries opds;

    OutageController(OutageService outages, AttendanceService attendance, OpdQueries opds) {
        this.outages = outages;
        this.attendance = attendance;
        this.opds = opds;
    }

    @GetMapping("/attendance/outages")
    String list(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? attendance.today().getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("outages", outages.outages(y));
        model.addAttribute("devices", outages.devices());
        model.addAttribute("opds", opds.tree());
        if (!model.containsAttribute("outageForm")) {
            model.addAttribute("outageForm", new OutageForm());
        }
        return "attendance/outages";
    }

    @PostMapping("/attendance/outages")
    String add(@Valid @ModelAttribute("outageForm") OutageForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                outages.add(new OutageService.OutageData(form.getDeviceSn(), form.getOpdCode(), form.getStartDate(), form.getEndDate(),
                        form.getReason()));
                redirect.addFlashAttribute("success", "attendance.outage.added");
                return "redirect:/attendance/outages?year=" + form.getStartDate().getYear();
            } catch (BusinessProblem e) {
                errors.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
            }
        }
        return list(form.getStartDate() == null ? null : form.getStartDate().getYear(), model);
    }

    @PostMapping("/attendance/outages/{id}/delete")
    String delete(@PathVariable long id, @RequestParam int year, RedirectAttributes redirect) {
        outages.delete(id);
        redirect.addFlashAttribute("success", "attendance.outage.deleted");
        return "redirect:/attendance/outages?year=" + year;
    }
}
