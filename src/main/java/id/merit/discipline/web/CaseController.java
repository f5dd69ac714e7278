package id.merit.discipline.web;

import id.merit.discipline.PunishmentLevel;
import id.merit.discipline.domain.CaseSource;
import id.merit.discipline.domain.CaseService;
import id.merit.discipline.domain.CaseWorkflow;
import id.merit.discipline.domain.DisciplineClock;
import id.merit.discipline.domain.InspectionService;
import id.merit.discipline.domain.InspectionViews.FindingContext;
import id.merit.discipline.rules.CaseStage;
import id.merit.discipline.rules.Sanction;
import id.merit.employee.EmployeeView;
import id.merit.shared.BusinessProblem;
import id.merit.shared.NotFoundProblem;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Case list, opening a case and the case page. The opening form is pre-filled from its source:
 * {@code /discipline/cases/new?nip=…&source=ATTENDANCE&year=…&band=…&basis=…} (linked from the attendance page),
 * {@code ?finding=…&source=INSPECTION} (from a field-inspection finding) or {@code ?nip=…} by hand.
 */
@Controller
@RequestMapping("/discipline/cases")
class CaseController {
    private static final int PAGE_SIZE = 25;
    /** Pre-filled allegations are case-file text, written in Indonesian like the letters. */
    private static final Locale INDONESIAN = new Locale("id");
    private final CaseService cases;
    private final CaseWorkflow workflow;
    private final InspectionService inspections;
    private final CasePage page;
    private final MessageSource messages;
    private final DisciplineClock clock;

    CaseController(CaseService cases, CaseWorkflow workflow, InspectionService inspections, CasePage page, MessageSource messages,
                   DisciplineClock clock) {
        this.clock = clock;
        this.cases = cases;
        this.workflow = workflow;
        this.inspections = inspections;
        this.page = page;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) CaseStage stage,
                @RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", cases.search(q, stage, year, page, PAGE_SIZE));
        model.addAttribute("q", q);
        model.addAttribute("stage", stage);
        model.addAttribute("year", year);
        model.addAttribute("stages", CaseStage.values());
        model.addAttribute("pageQuery", Web.query("q", q, "stage", stage, "year", year));
        return "discipline/cases";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD')")
    String newCase(@RequestParam(required = false) String nip, @RequestParam(required = false) CaseSource source,
                   @RequestParam(required = false) Integer year, @RequestParam(required = false) String band,
                   @RequestParam(required = false) String basis, @RequestParam(required = false) Long finding, Model model) {
        CaseForm form = new CaseForm();
        form.setNip(nip);
        form.setOpenedOn(clock.today());
        if (finding != null) {
            FindingContext f = inspections.finding(finding);
            form.setSource(CaseSource.INSPECTION);
            form.setFindingId(finding);
            form.setNip(f.finding().nip());
            String text = messages.getMessage("discipline.case.prefill.inspection." + f.finding().kind(),
                    new Object[] {f.inspectedOn().toString(), f.opdName(), Optional.ofNullable(f.finding().note()).orElse("")}, INDONESIAN);
            form.setAllegation(text);
            form.setViolations(text);
        } else if (source == CaseSource.ATTENDANCE) {
            form.setSource(CaseSource.ATTENDANCE);
            form.setAttendanceYear(year);
            form.setAttendanceBand(band);
            form.setSourceBasis(basis);
            String text = messages.getMessage("discipline.case.prefill.attendance", new Object[] {year == null ? "" : String.valueOf(year),
                    basis == null ? "" : basis}, INDONESIAN);
            form.setAllegation(text);
            form.setViolations(text);
            Optional<Sanction> proposal = cases.proposal(band, clock.today());
            proposal.ifPresent(s -> form.setExpectedLevel(s.level()));
            model.addAttribute("proposal", proposal.orElse(null));
        }
        return form(model, form);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD')")
    String open(@Valid @ModelAttribute("form") CaseForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                long id = workflow.open(form.toCommand());
                flash.addFlashAttribute("success", "discipline.case.opened");
                return "redirect:/discipline/cases/" + id;
            } catch (BusinessProblem p) {
                p.rejectOn(errors);
            } catch (NotFoundProblem p) {
                errors.rejectValue("nip", "discipline.case.error.nipUnknown", new Object[] {form.getNip()}, null);
            }
        }
        return form(model, form);
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        page.populate(model, cases.get(id));
        return "discipline/case";
    }

    private String form(Model model, CaseForm form) {
        model.addAttribute("form", form);

        model.addAttribute("levels", PunishmentLevel.values());
        if (form.getNip() != null && !form.getNip().isBlank()) {
            try {
                EmployeeView e = cases.accused(form.getNip().trim());
                model.addAttribute("accused", e);
                if (form.getSource() == CaseSource.ATTENDANCE) {
                    // warn before a second case for the same year's attendance; the POST refuses it without the confirmation
                    cases.sameAttendanceFacts(e.nip(), form.getAttendanceYear()).ifPresent(d -> model.addAttribute("duplicate", d));
                }
            } catch (NotFoundProblem e) {
                model.addAttribute("accusedUnknown", true);
            }
        }
        return "discipline/case-new";
    }
}
