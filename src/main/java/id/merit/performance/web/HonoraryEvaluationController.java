package id.merit.performance.web;

import id.merit.orgunit.OpdQueries;
import id.merit.performance.domain.HonoraryEvaluationService;
import id.merit.performance.rules.HonoraryEvaluationPolicy;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.PagedResult;
import id.merit.shared.Role;
import jakarta.validation.Valid;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
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
 * The yearly evaluation of honorary (non-ASN) staff (issue 12 item 4): the OPD head's list and form (ADMIN and
 * OFFICER: every OPD) and BKPSDM's overview (ADMIN, OFFICER, REGENT). Scope and optimistic locking are enforced by
 * {@link HonoraryEvaluationService}; the roles here.
 */
@Controller
class HonoraryEvaluationController {

    static final int PAGE_SIZE = 25;
    private static final String EVALUATORS = "hasAnyRole('ADMIN','OFFICER','OPD_HEAD')";

    private final HonoraryEvaluationService evaluations;
    private final OpdQueries opds;

    HonoraryEvaluationController(HonoraryEvaluationService evaluations, OpdQueries opds) {
        this.evaluations = evaluations;
        this.opds = opds;
    }

    /** The entry point: BKPSDM and the regent land on the overview, an OPD head on their list. */
    @GetMapping("/performance/honorary")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
    String entry() {
        boolean overview = CurrentUser.get().map(u -> u.is(Role.ADMIN, Role.OFFICER, Role.REGENT)).orElse(false);
        int year = evaluations.currentYear();
        return "redirect:/performance/honorary/" + year + (overview ? "" : "/staff");
    }

    @GetMapping("/performance/honorary/{year}")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    String overview(@PathVariable int year, Model model) {
        model.addAttribute("overview", evaluations.overview(year));
        model.addAttribute("recommendations", evaluations.recommendations());
        model.addAttribute("year", year);
        model.addAttribute("years", years());
        model.addAttribute("banDate", HonoraryEvaluationPolicy.NON_ASN_BAN);
        return "performance/honorary-overview";
    }

    @GetMapping("/performance/honorary/{year}/staff")
    @PreAuthorize(EVALUATORS)
    String staff(@PathVariable int year, @RequestParam(required = false) String q, @RequestParam(required = false) String opd,
                 @RequestParam(defaultValue = "0") int page, Model model) {
        String search = blank(q);
        String opdCode = blank(opd);
        PagedResult<HonoraryEvaluationService.StaffLine> lines = evaluations.staff(year, opdCode, search, Math.max(0, page), PAGE_SIZE);
        boolean wide = CurrentUser.get().map(u -> u.is(Role.ADMIN, Role.OFFICER)).orElse(false);
        model.addAttribute("page", lines);
        model.addAttribute("year", year);
        model.addAttribute("years", years());
        model.addAttribute("q", search);
        model.addAttribute("opd", opdCode);
        model.addAttribute("opdOptions", wide ? opds.tree() : List.of());
        model.addAttribute("pageQuery", query(search, opdCode));
        return "performance/honorary-staff";
    }

    @GetMapping("/performance/honorary/{year}/employees/{nip}")
    @PreAuthorize(EVALUATORS)
    String form(@PathVariable int year, @PathVariable String nip, Model model) {
        HonoraryEvaluationService.Subject subject = evaluations.subject(nip, year);
        model.addAttribute("evaluationForm", HonoraryEvaluationForm.of(subject));
        return show(model, subject, year);
    }

    @PostMapping("/performance/honorary/{year}/employees/{nip}")
    @PreAuthorize(EVALUATORS)
    String save(@PathVariable int year, @PathVariable String nip, @Valid @ModelAttribute("evaluationForm") HonoraryEvaluationForm form,
                BindingResult result, Model model, RedirectAttributes redirect) {
        HonoraryEvaluationService.Subject subject = evaluations.subject(nip, year);   // scope first: a foreign employee is refused
        if (subject.honorary()) {
            for (HonoraryEvaluationPolicy.Refusal r : HonoraryEvaluationPolicy.check(
                    new HonoraryEvaluationPolicy.Input(form.getDuties(), form.getConduct(), form.getRecommendation(), form.getReasons(),
                            form.getCompetencies() == null ? List.of() : form.getCompetencies(), null),
                    evaluations.recommendations(), evaluations.skills())) {
                if (!result.hasFieldErrors(r.field())) {
                    result.rejectValue(r.field(), r.code(), r.code());
                }
            }
        }
        if (!result.hasErrors()) {
            try {
                evaluations.save(nip, year, form.command(), form.getVersion());
                redirect.addFlashAttribute("success", "honorary.saved");
                redirect.addFlashAttribute("successArgs", new Object[] {subject.employee().name()});
                return "redirect:/performance/honorary/" + year + "/employees/" + nip;
            } catch (BusinessProblem p) {
                if (p.field() != null) {
                    result.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey());
                } else {
                    result.reject(p.messageKey(), p.args(), p.messageKey());
                }
                // what is stored now, next to the user's own (kept) input
                subject = evaluations.subject(nip, year);
            }
        }
        return show(model, subject, year);
    }

    private String show(Model model, HonoraryEvaluationService.Subject subject, int year) {
        model.addAttribute("subject", subject);
        model.addAttribute("year", year);
        model.addAttribute("scores", List.of(4, 3, 2, 1));
        model.addAttribute("recommendations", evaluations.recommendations());
        model.addAttribute("skills", evaluations.skills());
        model.addAttribute("banDate", HonoraryEvaluationPolicy.NON_ASN_BAN);
        return "performance/honorary-form";
    }

    private List<Integer> years() {
        return IntStream.rangeClosed(0, 3).map(i -> evaluations.currentYear() - i).boxed().toList();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String query(String q, String opd) {
        List<String> parts = new ArrayList<>();
        if (q != null) {
            parts.add("q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        }
        if (opd != null) {
            parts.add("opd=" + URLEncoder.encode(opd, StandardCharsets.UTF_8));
        }
        return String.join("&", parts);
    }
}
