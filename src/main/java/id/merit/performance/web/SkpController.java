package id.merit.performance.web;

import id.merit.employee.EmployeeDirectory;
import id.merit.employee.EmployeeQueries;
import id.merit.performance.SkpRating;
import id.merit.performance.domain.ObjectionService;
import id.merit.performance.domain.SkpDocumentService;
import id.merit.performance.domain.SkpEntry;
import id.merit.performance.domain.SkpService;
import id.merit.shared.BusinessProblem;
import id.merit.shared.NotFoundProblem;
import jakarta.validation.Valid;
import java.util.Optional;
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
import org.springframework.format.annotation.DateTimeFormat;
import java.time.LocalDate;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The employee's own SKP (issue 12 item 5): the page with every year, the SKP document as PDF, and the objection
 * (keberatan) of a year: filed by the employee, decided by the superior it is routed to (or BKPSDM). Scope, the
 * objection window and who may decide are enforced by the services; the roles here.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT','EMPLOYEE')")
class SkpController {

    static final String PAGE = "performance/skp";
    static final String OBJECTION = "performance/objection";

    private final SkpService skp;
    private final ObjectionService objections;
    private final SkpDocumentService documents;
    private final EmployeeQueries employees;
    private final EmployeeDirectory directory;

    SkpController(SkpService skp, ObjectionService objections, SkpDocumentService documents, EmployeeQueries employees, EmployeeDirectory directory) {
        this.directory = directory;
        this.skp = skp;
        this.objections = objections;
        this.documents = documents;
        this.employees = employees;
    }

    @GetMapping("/performance/employees/{nip}/skp")
    String page(@PathVariable String nip, Model model) {
        model.addAttribute("page", skp.page(nip));
        return PAGE;
    }

    @GetMapping("/performance/employees/{nip}/skp/{year}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String nip, @PathVariable int year) {
        byte[] pdf = documents.pdf(nip, year);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("skp-" + nip + "-" + year + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }

    @GetMapping("/performance/employees/{nip}/skp/{year}/objection")
    String objection(@PathVariable String nip, @PathVariable int year, Model model) {
        model.addAttribute("objectionForm", new ObjectionForm());
        return show(nip, year, model);
    }

    @PostMapping("/performance/employees/{nip}/skp/{year}/objection")
    @PreAuthorize("hasRole('EMPLOYEE')")
    String file(@PathVariable String nip, @PathVariable int year, @Valid @ModelAttribute("objectionForm") ObjectionForm form,
                BindingResult result, Model model, RedirectAttributes redirect) {
        objections.viewable(nip, year);   // scope first: a foreign employee is refused before validation
        if (!result.hasErrors()) {
            try {
                objections.file(nip, year, form.getReasons());
                redirect.addFlashAttribute("success", "performance.objection.filed");
                return "redirect:/performance/employees/" + nip + "/skp/" + year + "/objection";
            } catch (BusinessProblem p) {
                result.reject(p.messageKey(), p.args(), p.messageKey());
            }
        }
        return show(nip, year, model);
    }

    /** The rater or BKPSDM records the day the employee received the rating; refusals come back as a flash message. */
    @PostMapping("/performance/employees/{nip}/skp/{year}/receipt")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD')")
    String receipt(@PathVariable String nip, @PathVariable int year,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate receivedOn,
                   RedirectAttributes redirect) {
        try {
            objections.recordReceipt(nip, year, receivedOn);
            redirect.addFlashAttribute("success", "performance.receipt.recorded");
        } catch (BusinessProblem p) {
            redirect.addFlashAttribute("error", p.messageKey());
            redirect.addFlashAttribute("errorArgs", p.args());
        }
        return "redirect:/performance/employees/" + nip + "/skp";
    }

    @PostMapping("/performance/employees/{nip}/skp/{year}/objection/decision")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','EMPLOYEE')")
    String decide(@PathVariable String nip, @PathVariable int year, @Valid @ModelAttribute("decisionForm") DecisionForm form,
                  BindingResult result, Model model, RedirectAttributes redirect) {
        ObjectionService.Objection o = objections.viewable(nip, year).filter(ObjectionService.Objection::open)
                .orElseThrow(() -> new NotFoundProblem("performance.objection.noneOpen", nip, String.valueOf(year)));
        if (!objections.mayDecide(o)) {
            throw new id.merit.shared.AccessDeniedProblem("not the decider of this objection");
        }
        boolean granted = form.getOutcome() == DecisionForm.Outcome.GRANTED;
        if (granted && form.getResults() == null) {
            result.rejectValue("results", "performance.objection.newRatingsRequired");
        }
        if (granted && form.getBehaviour() == null) {
            result.rejectValue("behaviour", "performance.objection.newRatingsRequired");
        }
        if (!result.hasErrors()) {
            try {
                objections.decide(nip, year, new ObjectionService.Decision(granted, form.getReasons(), form.getResults(),
                        form.getBehaviour(), form.getVersion()));
                redirect.addFlashAttribute("success", granted ? "performance.objection.granted" : "performance.objection.rejected");
                return "redirect:/performance/employees/" + nip + "/skp/" + year + "/objection";
            } catch (BusinessProblem p) {
                result.reject(p.messageKey(), p.args(), p.messageKey());
            }
        }
        model.addAttribute("objectionForm", new ObjectionForm());
        return show(nip, year, model);
    }

    private String show(String nip, int year, Model model) {
        Optional<ObjectionService.Objection> o = objections.viewable(nip, year);
        SkpEntry entry = skp.annualByNip(nip, year)
                .orElseThrow(() -> new NotFoundProblem("performance.problem.none", nip, String.valueOf(year)));
        boolean self = objections.isSelf(nip);
        var window = entry.rated() ? objections.window(entry) : null;
        model.addAttribute("nip", nip);
        model.addAttribute("year", year);
        model.addAttribute("employeeName", directory.ref(nip).map(r -> r.name()).orElse(nip));
        model.addAttribute("entry", entry);
        model.addAttribute("objection", o.orElse(null));
        model.addAttribute("window", window);
        model.addAttribute("self", self);
        model.addAttribute("mayFile", self && o.isEmpty() && window != null && window.allowed());
        boolean mayDecide = o.map(x -> x.open() && objections.mayDecide(x)).orElse(false);
        // links only where the viewer may go: the SKP page within their scope, the objection list for its decider
        model.addAttribute("canViewEmployee", directory.ref(nip).map(employees::canView).orElse(false));
        model.addAttribute("isDecider", o.map(objections::mayDecide).orElse(false));
        model.addAttribute("mayDecide", mayDecide);
        if (mayDecide && !model.containsAttribute("decisionForm")) {
            DecisionForm f = new DecisionForm();
            f.setVersion(o.get().version());
            model.addAttribute("decisionForm", f);
        }
        model.addAttribute("ratingOptions", SkpRating.values());
        model.addAttribute("outcomes", DecisionForm.Outcome.values());
        return OBJECTION;
    }
}
