package id.merit.performance.web;

import id.merit.orgunit.OpdQueries;
import id.merit.performance.SkpPeriod;
import id.merit.performance.SkpPredicate;
import id.merit.performance.domain.ComplianceService;
import id.merit.performance.domain.PeriodService;
import id.merit.performance.SkpRating;
import id.merit.performance.domain.RatingService;
import id.merit.performance.domain.RatingSheetService;
import id.merit.performance.domain.SkpPlanService;
import id.merit.performance.BehaviourAspect;
import id.merit.performance.rules.PredicateMatrix;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.Role;
import id.merit.shared.PagedResult;
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
 * The SKP rating workspace: the staff of the OPD head's OPD (ADMIN and OFFICER: every OPD, with a filter) with their
 * ANNUAL evaluation of a year, and one form per employee. Scope and optimistic locking are enforced by
 * {@link RatingService}; the roles here.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD')")
class RatingController {

    static final int PAGE_SIZE = 25;
    static final String LIST = "performance/workspace";
    static final String FORM = "performance/rate";

    /** One row of the matrix shown next to the form: a results rating and the predicate for each behaviour rating. */
    record MatrixRow(SkpRating results, List<SkpPredicate> predicates) {
    }

    /** Columns of the matrix, in the order of the regulation's table. */
    static final List<SkpRating> BEHAVIOUR_COLUMNS = List.of(SkpRating.BELOW, SkpRating.MEETS, SkpRating.ABOVE);

    private final RatingService ratings;
    private final OpdQueries opds;
    private final PeriodService periods;
    private final ComplianceService compliance;
    private final RatingSheetService sheets;

    RatingController(RatingService ratings, OpdQueries opds, PeriodService periods, ComplianceService compliance,
                     RatingSheetService sheets) {
        this.sheets = sheets;
        this.ratings = ratings;
        this.opds = opds;
        this.periods = periods;
        this.compliance = compliance;
    }

    @GetMapping("/performance")
    String current() {
        return "redirect:/performance/" + ratings.currentYear();
    }

    @GetMapping("/performance/{year}")
    String workspace(@PathVariable int year, @RequestParam(required = false) String q, @RequestParam(required = false) String opd,
                     @RequestParam(defaultValue = "0") int page, Model model) {
        String search = blank(q);
        String opdCode = blank(opd);
        PagedResult<RatingService.Line> lines = ratings.workspace(year, opdCode, search, Math.max(0, page), PAGE_SIZE);
        model.addAttribute("page", lines);
        model.addAttribute("year", year);
        model.addAttribute("years", IntStream.rangeClosed(0, 3).map(i -> ratings.currentYear() - i).boxed().toList());
        model.addAttribute("q", search);
        model.addAttribute("opd", opdCode);
        // only BKPSDM picks an OPD: an OPD head's page names no other OPD
        boolean wide = CurrentUser.get().map(u -> u.is(Role.ADMIN, Role.OFFICER)).orElse(false);
        model.addAttribute("opdOptions", wide ? opds.tree() : List.of());
        model.addAttribute("pageQuery", query(search, opdCode));
        // the period and, for an OPD head (or an OPD picked by BKPSDM), the OPD's deadline and days left
        model.addAttribute("period", periods.find(year, SkpPeriod.ANNUAL).orElse(null));
        String deadlineOpd = wide ? opdCode : CurrentUser.get().map(CurrentUser::opdCode).orElse(null);
        model.addAttribute("compliance", deadlineOpd == null ? null : compliance.forOpd(year, deadlineOpd).orElse(null));
        return LIST;
    }

    @GetMapping("/performance/{year}/employees/{nip}")
    String form(@PathVariable int year, @PathVariable String nip, Model model) {
        RatingService.Line line = ratings.line(nip, year);
        model.addAttribute("ratingForm", RatingForm.of(line));
        return show(model, line, year);
    }

    @PostMapping("/performance/{year}/employees/{nip}")
    String rate(@PathVariable int year, @PathVariable String nip, @Valid @ModelAttribute("ratingForm") RatingForm form,
                BindingResult result, Model model, RedirectAttributes redirect) {
        RatingService.Line line = ratings.line(nip, year);   // scope first: a foreign employee is refused before validation
        if (!result.hasErrors()) {
            try {
                ratings.rate(nip, year, form.getResults(), form.getBehaviour(), form.getVersion());
                redirect.addFlashAttribute("success", "performance.rating.saved");
                redirect.addFlashAttribute("successArgs", new Object[] {line.employee().name()});
                return "redirect:/performance/" + year + "/employees/" + nip;
            } catch (BusinessProblem p) {
                result.reject(p.messageKey(), p.args(), p.messageKey());
                // what is stored now, next to the user's own (kept) input
                line = ratings.line(nip, year);
            }
        }
        return show(model, line, year);
    }

    /** The detailed rating of an employee with an approved plan: save as draft or submit (the roll-up then saves the evaluation). */
    @PostMapping("/performance/{year}/employees/{nip}/sheet")
    String sheet(@PathVariable int year, @PathVariable String nip, @Valid @ModelAttribute("sheetForm") SheetForm form,
                 BindingResult result, Model model, RedirectAttributes redirect) {
        RatingService.Line line = ratings.line(nip, year);
        if (!result.hasErrors()) {
            try {
                RatingSheetService.RollUp r = sheets.save(nip, year, form.rhkById(), form.aspectMap(), form.getNotes(), form.getVersion(),
                        form.submit());
                redirect.addFlashAttribute("success", form.submit() ? "performance.sheet.submitted" : "performance.sheet.drafted");
                redirect.addFlashAttribute("successArgs", new Object[] {line.employee().name()});
                return "redirect:/performance/" + year + "/employees/" + nip;
            } catch (BusinessProblem p) {
                result.reject(p.messageKey(), p.args(), p.messageKey());
                line = ratings.line(nip, year);
            }
        }
        return show(model, line, year);
    }

    /** BKPSDM returns a submitted rating for correction, with the reason. */
    @PostMapping("/performance/{year}/employees/{nip}/return")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String returnRating(@PathVariable int year, @PathVariable String nip,
                        @Valid @ModelAttribute("returnForm") SkpPlanForms.ReturnForm form, BindingResult result, Model model,
                        RedirectAttributes redirect) {
        RatingService.Line line = ratings.line(nip, year);
        if (!result.hasErrors()) {
            try {
                ratings.returnForCorrection(nip, year, form.getReason(), form.getVersion());
                redirect.addFlashAttribute("success", "performance.return.done");
                return "redirect:/performance/" + year + "/employees/" + nip;
            } catch (BusinessProblem p) {
                result.reject(p.messageKey(), p.args(), p.messageKey());
                line = ratings.line(nip, year);
            }
        }
        return show(model, line, year);
    }

    /** The predicate two ratings give, as the form's htmx fragment (empty until both are chosen). */
    @GetMapping("/performance/{year}/predicate")
    String derived(@PathVariable int year, @RequestParam(required = false) SkpRating results,
                   @RequestParam(required = false) SkpRating behaviour, Model model) {
        model.addAttribute("derived", results == null || behaviour == null ? null : PredicateMatrix.predicate(results, behaviour));
        return FORM + " :: derived";
    }

    private String show(Model model, RatingService.Line line, int year) {
        model.addAttribute("line", line);
        model.addAttribute("year", year);
        model.addAttribute("period", periods.find(year, SkpPeriod.ANNUAL).orElse(null));
        model.addAttribute("ratingOptions", SkpRating.values());
        model.addAttribute("behaviourColumns", BEHAVIOUR_COLUMNS);
        List<MatrixRow> matrix = new ArrayList<>();
        for (SkpRating results : List.of(SkpRating.ABOVE, SkpRating.MEETS, SkpRating.BELOW)) {
            matrix.add(new MatrixRow(results, BEHAVIOUR_COLUMNS.stream().map(b -> PredicateMatrix.predicate(results, b)).toList()));
        }
        model.addAttribute("matrix", matrix);
        if (!model.containsAttribute("ratingForm")) {
            model.addAttribute("ratingForm", RatingForm.of(line));
        }
        if (!model.containsAttribute("returnForm")) {
            SkpPlanForms.ReturnForm rf = new SkpPlanForms.ReturnForm();
            rf.setVersion(line.annual() == null ? null : line.annual().version());
            model.addAttribute("returnForm", rf);
        }
        model.addAttribute("mayReturn", CurrentUser.get().map(u -> u.is(Role.ADMIN, Role.OFFICER)).orElse(false)
                && line.annual() != null && "RATING".equals(line.annual().source()) && !line.annual().returned());
        // with an approved SKP plan: the detailed form (a rating per RHK and per BerAKHLAK aspect, rolled up)
        SkpPlanService.Plan plan = line.rateable() ? sheets.plan(line, year).orElse(null) : null;
        model.addAttribute("plan", plan);
        if (plan != null) {
            RatingSheetService.Sheet stored = sheets.sheet(line.employee().id(), year).orElse(null);
            model.addAttribute("sheet", stored);
            if (!model.containsAttribute("sheetForm")) {
                model.addAttribute("sheetForm", SheetForm.of(stored));
            }
            SheetForm sf = (SheetForm) model.getAttribute("sheetForm");
            model.addAttribute("rollUp", RatingSheetService.rollUp(plan, sf.rhkById(), sf.aspectMap()));
            model.addAttribute("aspects", BehaviourAspect.values());
        }
        Object form = model.getAttribute("ratingForm");
        if (form instanceof RatingForm f && f.getResults() != null && f.getBehaviour() != null) {
            model.addAttribute("derived", PredicateMatrix.predicate(f.getResults(), f.getBehaviour()));
        }
        return FORM;
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
