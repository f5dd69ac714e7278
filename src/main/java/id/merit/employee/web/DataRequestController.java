package id.merit.employee.web;

import id.merit.employee.EducationLevel;
import id.merit.employee.FamilyRelation;
import id.merit.employee.EmployeeQueries;
import id.merit.employee.EmployeeView;
import id.merit.employee.TrainingKind;
import id.merit.employee.domain.DataRequestService;
import id.merit.shared.AccessDeniedProblem;
import id.merit.shared.BusinessProblem;
import java.io.IOException;
import org.springframework.dao.OptimisticLockingFailureException;
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
 * Employee self-service data-update requests (issue 15 item 4): the employee's own list and form under their record,
 * BKPSDM's queue of pending requests with the evidence and the decision. Scope is enforced in
 * {@link DataRequestService} (only the EMPLOYEE account of a NIP submits for it; only ADMIN and OFFICER decide).
 */
@Controller
class DataRequestController {

    static final int PAGE_SIZE = 25;
    private final DataRequestService requests;
    private final EmployeeQueries employees;

    DataRequestController(DataRequestService requests, EmployeeQueries employees) {
        this.requests = requests;
        this.employees = employees;
    }

    @GetMapping("/employees/{nip}/requests")
    String list(@PathVariable String nip, Model model) {
        EmployeeView employee = employees.get(nip);
        if (!model.containsAttribute("requestForm")) {
            model.addAttribute("requestForm", new DataRequestForm());
        }
        model.addAttribute("employee", employee);
        model.addAttribute("requests", requests.forEmployee(nip));
        model.addAttribute("maySubmit", DataRequestService.maySubmit(nip));
        model.addAttribute("kinds", DataRequestService.Kind.values());
        model.addAttribute("levels", EducationLevel.values());
        model.addAttribute("trainingKinds", TrainingKind.values());
        model.addAttribute("relations", FamilyRelation.values());
        var targets = requests.correctable(nip);
        model.addAttribute("educationTargets", targets.stream().filter(t -> t.kind() == DataRequestService.Kind.EDUCATION).toList());
        model.addAttribute("trainingTargets", targets.stream().filter(t -> t.kind() == DataRequestService.Kind.TRAINING).toList());
        model.addAttribute("maxMb", DataRequestService.MAX_EVIDENCE_BYTES / 1024 / 1024);
        return "employee/requests";
    }

    @PostMapping("/employees/{nip}/requests")
    @PreAuthorize("hasRole('EMPLOYEE')")
    String submit(@PathVariable String nip, @ModelAttribute("requestForm") DataRequestForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) throws IOException {
        if (!DataRequestService.maySubmit(nip)) {
            throw new AccessDeniedProblem("data-update requests only for oneself");
        }
        if (form.getEvidence() != null && form.getEvidence().getSize() > DataRequestService.MAX_EVIDENCE_BYTES) {
            errors.rejectValue("evidence", "employee.request.error.evidenceTooLarge",
                    new Object[] {DataRequestService.MAX_EVIDENCE_BYTES / 1024 / 1024}, null);
        }
        if (!errors.hasErrors()) {
            try {
                DataRequestService.Evidence ev = form.getEvidence() == null || form.getEvidence().isEmpty() ? null
                        : new DataRequestService.Evidence(form.getEvidence().getOriginalFilename(), form.getEvidence().getBytes());
                long id = requests.submit(nip, form.toRequest(), ev);
                redirect.addFlashAttribute("success", "employee.request.submitted");
                redirect.addFlashAttribute("successArgs", new Object[] {id});
                return "redirect:/employees/" + nip + "/requests";
            } catch (BusinessProblem e) {
                String field = e.field() == null ? "kind" : "targetId".equals(e.field()) ? form.targetField() : e.field();
                errors.rejectValue(field, e.messageKey(), e.args(), e.messageKey());
            }
        }
        return list(nip, model);
    }

    @GetMapping("/data-requests")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String queue(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", requests.pending(page, PAGE_SIZE));
        return "employee/request-queue";
    }

    @GetMapping("/data-requests/{id}")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("r", requests.get(id));
        return "employee/request-detail";
    }

    @GetMapping("/data-requests/{id}/evidence")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    ResponseEntity<byte[]> evidence(@PathVariable long id) {
        DataRequestService.EvidenceFile f = requests.evidence(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(f.filename()).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(f.contentType()))
                .body(f.content());
    }

    @PostMapping("/data-requests/{id}/approve")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String approve(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return decided(id, redirect, "employee.request.approved", () -> requests.approve(id, version));
    }

    @PostMapping("/data-requests/{id}/reject")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String reject(@PathVariable long id, @RequestParam int version, @RequestParam(required = false) String reason,
                  RedirectAttributes redirect) {
        return decided(id, redirect, "employee.request.rejected", () -> requests.reject(id, version, reason));
    }

    private String decided(long id, RedirectAttributes redirect, String success, Runnable decision) {
        try {
            decision.run();
            redirect.addFlashAttribute("success", success);
            redirect.addFlashAttribute("successArgs", new Object[] {id});
            return "redirect:/data-requests";
        } catch (BusinessProblem e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.args());
        } catch (OptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", "form.error.stale");
        }
        return "redirect:/data-requests/" + id;
    }
}
