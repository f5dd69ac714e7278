package id.merit.professionalism.web;

import id.merit.professionalism.domain.IpAsnRuleSets;
import id.merit.professionalism.domain.IpAsnRuleSetService;
import id.merit.professionalism.rules.IpAsnCategory;
import id.merit.professionalism.rules.IpAsnParameterFields;
import id.merit.professionalism.rules.IpAsnParameters;
import id.merit.shared.BusinessProblem;
import id.merit.shared.RuleSetVersions;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The IP ASN rule sets (issue 13 item 2): the versions with what each changed, a draft form starting from the numbers in
 * force, its preview (what changes and who moves, for a chosen year) for BKPSDM, and saving it as a version (ADMIN).
 * The form is bound to request parameters: one per number, named {@code v.<field>}.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
class IpAsnRuleSetController {
    static final String PREFIX = "v.";
    private final IpAsnRuleSetService ruleSets;

    IpAsnRuleSetController(IpAsnRuleSetService ruleSets) {
        this.ruleSets = ruleSets;
    }

    @GetMapping("/professionalism/rule-sets")
    String list(Model model) {
        model.addAttribute("versions", RuleSetVersions.newestFirst(ruleSets.versions(), IpAsnRuleSets.Version::parameters, IpAsnParameterFields::diff));
        model.addAttribute("inForce", ruleSets.current().label());
        return "professionalism/rule-sets";
    }

    @GetMapping("/professionalism/rule-sets/new")
    String form(Model model) {
        IpAsnParameters current = ruleSets.current();
        Map<String, String> values = new LinkedHashMap<>();
        IpAsnParameterFields.flatten(current).forEach((k, v) -> values.put(k, v.toPlainString()));
        int next = ruleSets.currentYear() + 1; // a display default only; the date is the user's
        return page(model, new IpAsnRuleSetService.Draft("", LocalDate.of(next, 1, 1), current.regulation(), "", values), next - 2, null);
    }

    @PostMapping("/professionalism/rule-sets/preview")
    String preview(@RequestParam Map<String, String> params, Model model, jakarta.servlet.http.HttpServletResponse response) {
        IpAsnRuleSetService.Draft draft = draft(params);
        int year = year(params.get("year"), ruleSets.currentYear());
        try {
            return page(model, draft, year, ruleSets.preview(draft, year));
        } catch (BusinessProblem p) {
            refused(p, model, response);
            return page(model, draft, year, null);
        }
    }

    @PostMapping("/professionalism/rule-sets")
    @PreAuthorize("hasRole('ADMIN')")
    String save(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect,
                jakarta.servlet.http.HttpServletResponse response) {
        IpAsnRuleSetService.Draft draft = draft(params);
        try {
            IpAsnParameters saved = ruleSets.save(draft);
            redirect.addFlashAttribute("success", "professionalism.ruleSet.saved");
            redirect.addFlashAttribute("successArgs", new Object[] {saved.label(), saved.effectiveFrom().toString()});
            return "redirect:/professionalism/rule-sets";
        } catch (BusinessProblem p) {
            refused(p, model, response);
            return page(model, draft, year(params.get("year"), ruleSets.currentYear()), null);
        }
    }

    /** A refused draft: 422, the reason shown above the form and next to its field. */
    private static void refused(BusinessProblem p, Model model, jakarta.servlet.http.HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("error", p.messageKey());
        model.addAttribute("errorArgs", p.args());
        model.addAttribute("errorField", p.field());
    }

    private String page(Model model, IpAsnRuleSetService.Draft draft, int year, IpAsnRuleSetService.Preview preview) {
        model.addAttribute("draft", draft);
        model.addAttribute("fields", IpAsnParameterFields.FIELDS);
        model.addAttribute("previewYear", year);
        model.addAttribute("preview", preview);
        model.addAttribute("categories", IpAsnCategory.values());
        return "professionalism/rule-set-form";
    }

    private static IpAsnRuleSetService.Draft draft(Map<String, String> params) {
        Map<String, String> values = new LinkedHashMap<>();
        params.forEach((k, v) -> {
            if (k.startsWith(PREFIX)) {
                values.put(k.substring(PREFIX.length()), v);
            }
        });
        LocalDate from;
        try {
            from = params.get("effectiveFrom") == null || params.get("effectiveFrom").isBlank() ? null : LocalDate.parse(params.get("effectiveFrom"));
        } catch (DateTimeParseException e) {
            from = null;
        }
        return new IpAsnRuleSetService.Draft(params.get("label"), from, params.get("regulation"), params.get("note"), values);
    }

    /** The preview year asked for, else the last complete year. */
    private static int year(String raw, int currentYear) {
        try {
            return raw == null ? currentYear - 1 : Math.max(2015, Math.min(Integer.parseInt(raw.strip()), currentYear));
        } catch (NumberFormatException e) {
            return currentYear - 1;
        }
    }
}
