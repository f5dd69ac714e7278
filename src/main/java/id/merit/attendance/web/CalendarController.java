package id.merit.attendance.web;

import id.merit.attendance.domain.calendar.CalendarService;
import id.merit.attendance.domain.calendar.Holiday;
import id.merit.attendance.domain.totals.AttendanceService;
import id.merit.attendance.domain.totals.SchedulePreviewService;
import id.merit.orgunit.OpdQueries;
import id.merit.orgunit.OpdView;
import id.merit.shared.BusinessProblem;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
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
 * The working calendar for BKPSDM: holidays per year, working hours (per OPD, date-ranged, Ramadan preset, with a preview
 * of whose figures a new schedule moves), rule sets.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
class CalendarController {

    private final CalendarService calendar;
    private final AttendanceService attendance;
    private final OpdQueries opds;
    private final SchedulePreviewService previews;

    CalendarController(CalendarService calendar, AttendanceService attendance, OpdQueries opds, SchedulePreviewService previews) {
        this.calendar = calendar;
        this.previews = previews;
        this.attendance = attendance;
        this.opds = opds;
    }

    @GetMapping("/attendance/holidays")
    String holidays(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? attendance.today().getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("holidays", calendar.holidays(y));
        model.addAttribute("kinds", Holiday.Kind.values());
        if (!model.containsAttribute("holidayForm")) {
            model.addAttribute("holidayForm", new HolidayForm());
        }
        return "attendance/holidays";
    }

    @PostMapping("/attendance/holidays")
    String addHoliday(@Valid @ModelAttribute("holidayForm") HolidayForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                calendar.addHoliday(form.getDate(), form.getName(), form.getKind());
                redirect.addFlashAttribute("success", "attendance.holiday.added");
                redirect.addFlashAttribute("successArgs", new Object[] {form.getDate()});
                return "redirect:/attendance/holidays?year=" + form.getDate().getYear();
            } catch (BusinessProblem e) {
                errors.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
            }
        }
        return holidays(form.getDate() == null ? null : form.getDate().getYear(), model);
    }

    @PostMapping("/attendance/holidays/{date}/delete")
    String deleteHoliday(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, RedirectAttributes redirect) {
        calendar.deleteHoliday(date);
        redirect.addFlashAttribute("success", "attendance.holiday.deleted");
        redirect.addFlashAttribute("successArgs", new Object[] {date});
        return "redirect:/attendance/holidays?year=" + date.getYear();
    }

    @GetMapping("/attendance/schedules")
    String schedules(Model model) {
        model.addAttribute("schedules", calendar.schedules());
        List<OpdView> tree = opds.tree();
        model.addAttribute("opds", tree);
        model.addAttribute("opdNames", tree.stream().collect(Collectors.toMap(OpdView::id, o -> o.name() + " (" + o.code() + ")")));
        model.addAttribute("weekdays", DayOfWeek.values());
        model.addAttribute("ruleSets", calendar.ruleSets());
        if (!model.containsAttribute("scheduleForm")) {
            model.addAttribute("scheduleForm", ScheduleForm.standard());
        }
        if (!model.containsAttribute("ruleSetForm")) {
            model.addAttribute("ruleSetForm", new RuleSetForm());
        }
        return "attendance/schedules";
    }

    @PostMapping("/attendance/schedules")
    String addSchedule(@Valid @ModelAttribute("scheduleForm") ScheduleForm form, BindingResult errors, Model model,
                       RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                calendar.addSchedule(form.toData());
                redirect.addFlashAttribute("success", "attendance.schedule.added");
                return "redirect:/attendance/schedules";
            } catch (BusinessProblem e) {
                if (e.field() == null) {
                    errors.reject(e.messageKey(), e.args(), e.messageKey());
                } else {
                    errors.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
                }
            }
        }
        return schedules(model);
    }

    /** Issue 13 item 2: what the schedule would change (its week against the one in force, whose figures move); nothing stored. */
    @PostMapping("/attendance/schedules/preview")
    String previewSchedule(@Valid @ModelAttribute("scheduleForm") ScheduleForm form, BindingResult errors, Model model,
                           HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                model.addAttribute("schedulePreview", previews.preview(form.toData()));
            } catch (BusinessProblem e) {
                if (e.field() == null) {
                    errors.reject(e.messageKey(), e.args(), e.messageKey());
                } else {
                    errors.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
                }
            }
        }
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        }
        return schedules(model);
    }

    @PostMapping("/attendance/schedules/ramadan")
    String ramadan(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                   @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, @RequestParam String name,
                   RedirectAttributes redirect) {
        try {
            calendar.addRamadanPreset(name.isBlank() ? "Ramadan " + from.getYear() : name, from, to);
            redirect.addFlashAttribute("success", "attendance.schedule.added");
        } catch (BusinessProblem e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.args());
        }
        return "redirect:/attendance/schedules";
    }

    @PostMapping("/attendance/schedules/{id}/delete")
    String deleteSchedule(@PathVariable long id, RedirectAttributes redirect) {
        calendar.deleteSchedule(id);
        redirect.addFlashAttribute("success", "attendance.schedule.deleted");
        return "redirect:/attendance/schedules";
    }

    @PostMapping("/attendance/rules")
    @PreAuthorize("hasRole('ADMIN')")
    String addRuleSet(@Valid @ModelAttribute("ruleSetForm") RuleSetForm form, BindingResult errors, Model model,
                      RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                calendar.addRuleSet(new CalendarService.RuleSetData(form.getName(), form.getEffectiveFrom(), form.getRegulation()));
                redirect.addFlashAttribute("success", "attendance.ruleSet.added");
                return "redirect:/attendance/schedules";
            } catch (BusinessProblem e) {
                errors.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
            }
        }
        return schedules(model);
    }
}
