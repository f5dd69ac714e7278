package id.merit.discipline.web;

import id.merit.discipline.domain.DisciplineClock;
import id.merit.discipline.domain.DisciplineRuleSet;
import id.merit.discipline.domain.RecommendationService;
import id.merit.discipline.domain.RuleSetService;
import id.merit.discipline.rules.DisciplineDeadlines.DayCounting;
import id.merit.discipline.SedangRegime;
import id.merit.shared.BusinessProblem;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The discipline settings (ADMIN): sedang regime, effective-date counting, the lateness conversion for PP 94/2021 counts and the
 * regulation cited for non-ASN staff, versioned by effective date; a preview of what a new version changes and whom it moves.
 */
@Controller
@RequestMapping("/discipline/settings")
@PreAuthorize("hasRole('ADMIN')")
class SettingsController {
    private final RuleSetService rules;
    private final DisciplineClock clock;
    private final RecommendationService recommendations;

    SettingsController(RuleSetService rules, DisciplineClock clock, RecommendationService recommendations) {
        this.rules = rules;
        this.clock = clock;
        this.recommendations = recommendations;
    }

    @GetMapping
    String page(Model model) {
        SettingsForm form = new SettingsForm();
        var current = rules.on(clock.today());
        form.setRegime(current.regime() == SedangRegime.PP53_TRANSITIONAL ? SedangRegime.PP94_TUKIN : SedangRegime.PP53_TRANSITIONAL);
        form.setCounting(current.counting());
        form.setConvertLatenessPp94(current.convertLatenessPp94());
        form.setHonoraryBasis(current.honoraryBasis());
        form.setEffectiveFrom(clock.today());
        return page(model, form);
    }

    /**
     * Issue 13 item 2: what the proposed version changes against the one in force on its effective date, and how many
     * people's absence recommendation it moves; nothing is stored.
     */
    @PostMapping("/preview")
    String preview(@Valid @ModelAttribute("form") SettingsForm form, BindingResult errors, Model model, HttpServletResponse response) {
        if (errors.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return page(model, form);
        }
        DisciplineRuleSet proposed = rules.draft(form.getRegime(), form.getCounting(), form.isConvertLatenessPp94(), form.getHonoraryBasis(),
                form.getEffectiveFrom());
        model.addAttribute("proposed", proposed);
        model.addAttribute("replaced", rules.on(form.getEffectiveFrom()));
        model.addAttribute("preview", recommendations.preview(proposed, form.getEffectiveFrom()));
        return page(model, form);
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") SettingsForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                rules.add(form.getRegime(), form.getCounting(), form.isConvertLatenessPp94(), form.getHonoraryBasis(), form.getEffectiveFrom(),
                        form.getNote());
                flash.addFlashAttribute("success", "discipline.settings.saved");
                return "redirect:/discipline/settings";
            } catch (BusinessProblem p) {
                p.rejectOn(errors);
            }
        }
        return page(model, form);
    }

    private String page(Model model, SettingsForm form) {
        model.addAttribute("form", form);
        model.addAttribute("current", rules.on(clock.today()));
        model.addAttribute("history", rules.history());
        model.addAttribute("regimes", SedangRegime.values());
        model.addAttribute("countings", DayCounting.values());
        return "discipline/settings";
    }
}
