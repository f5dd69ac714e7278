package id.merit.discipline.web;

import id.merit.discipline.PunishmentKind;
import id.merit.discipline.PunishmentLevel;
import id.merit.discipline.domain.AuthorityProblem;
import id.merit.discipline.domain.CaseService;
import id.merit.discipline.domain.CaseWorkflow;
import id.merit.discipline.domain.CaseViews.Warning;
import id.merit.discipline.rules.Sanction;
import id.merit.shared.BusinessProblem;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workflow steps of a case (BKPSDM only): summons, second summons and absence at it (PP 94/2021 Pasal 26 ayat (3)–(4)),
 * relief from the post (Pasal 31), examination, decision, delivery, the answer to an objection, cancel, close (filing an
 * objection is {@link ObjectionController}, open to the employee). A rejected
 * step shows the case page again with the form and its errors; a step taken redirects with a flash message (which says
 * so when the step was late: the case page lists the warnings).
 */
@Controller
@RequestMapping("/discipline/cases/{id}")
@PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
class CaseStepController {
    private final CaseService cases;
    private final CaseWorkflow workflow;
    private final CasePage page;
    private final MessageSource messages;

    CaseStepController(CaseService cases, CaseWorkflow workflow, CasePage page, MessageSource messages) {
        this.cases = cases;
        this.workflow = workflow;
        this.page = page;
        this.messages = messages;
    }

    @PostMapping("/summons")
    String summon(@PathVariable long id, @Valid @ModelAttribute("summonsForm") SummonsForm form, BindingResult errors, Model model,
                  RedirectAttributes flash) {
        return step(id, errors, model, flash, "discipline.summons.saved", () -> workflow.summon(id, form.getVersion(), form.toCommand()));
    }

    @PostMapping("/second-summons")
    String summonAgain(@PathVariable long id, @Valid @ModelAttribute("secondSummonsForm") SecondSummonsForm form, BindingResult errors,
                       Model model, RedirectAttributes flash) {
        return step(id, errors, model, flash, "discipline.secondSummons.saved",
                () -> workflow.summonAgain(id, form.getVersion(), form.toCommand()));
    }

    @PostMapping("/absent-again")
    String absentAgain(@PathVariable long id, @Valid @ModelAttribute("absentForm") AbsentForm form, BindingResult errors, Model model,
                       RedirectAttributes flash) {
        return step(id, errors, model, flash, "discipline.absent.saved", () -> {
            workflow.absentAgain(id, form.getVersion(), form.getEvidence());
            return List.of();
        });
    }

    @PostMapping("/relief")
    String relieve(@PathVariable long id, @Valid @ModelAttribute("reliefForm") ReliefForm form, BindingResult errors, Model model,
                   RedirectAttributes flash) {
        return step(id, errors, model, flash, "discipline.relief.saved", () -> {
            workflow.relieve(id, form.getVersion(), form.toCommand());
            return List.of();
        });
    }

    @PostMapping("/objection/answer")
    String answerObjection(@PathVariable long id, @Valid @ModelAttribute("answerForm") ObjectionAnswerForm form, BindingResult errors,
                           Model model, RedirectAttributes flash) {
        return step(id, errors, model, flash, "discipline.objection.answered",
                () -> workflow.answerObjection(id, form.getVersion(), form.toCommand()));
    }

    @PostMapping("/examination")
    String examine(@PathVariable long id, @Valid @ModelAttribute("examForm") ExamForm form, BindingResult errors, Model model,
                   RedirectAttributes flash) {
        return step(id, errors, model, flash, "discipline.exam.saved", () -> {
            workflow.examine(id, form.getVersion(), form.toCommand());
            return List.of();
        });
    }

    @PostMapping("/decision")
    String decide(@PathVariable long id, @Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors, Model model,
                  RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                Sanction s = workflow.decide(id, form.getVersion(), form.toCommand());
                flash.addFlashAttribute("success", "discipline.decision.saved");
                // one value: fragments/flash passes successArgs as a single message argument
                flash.addFlashAttribute("successArgs", kind(s));
                return "redirect:/discipline/cases/" + id;
            } catch (AuthorityProblem p) {
                errors.rejectValue("official", p.messageKey(), new Object[] {label("discipline.official." + p.official()),
                        label("discipline.kindName." + p.kind()), allowed(p.authority().kinds()), p.authority().basis()}, null);
            } catch (BusinessProblem p) {
                p.rejectOn(errors);
            }
        }
        return again(id, model);
    }

    @PostMapping("/delivery")
    String deliver(@PathVariable long id, @Valid @ModelAttribute("deliveryForm") DeliveryForm form, BindingResult errors, Model model,
                   RedirectAttributes flash) {
        return step(id, errors, model, flash, "discipline.delivery.saved", () -> workflow.deliver(id, form.getVersion(), form.getReceiptDate()));
    }

    @PostMapping("/cancel")
    String cancel(@PathVariable long id, @Valid @ModelAttribute("cancelForm") ReasonForm form, BindingResult errors, Model model,
                  RedirectAttributes flash) {
        return step(id, errors, model, flash, "discipline.case.cancelled", () -> {
            workflow.cancel(id, form.getVersion(), form.getReason());
            return List.of();
        });
    }

    @PostMapping("/close")
    String close(@PathVariable long id, @Valid @ModelAttribute("closeForm") ReasonForm form, BindingResult errors, Model model,
                 RedirectAttributes flash) {
        return step(id, errors, model, flash, "discipline.case.closed", () -> {
            workflow.close(id, form.getVersion(), form.getReason());
            return List.of();
        });
    }

    /** Runs a step when the form is valid; a refusal goes back to the page as a form error. */
    private String step(long id, BindingResult errors, Model model, RedirectAttributes flash, String success,
                        java.util.function.Supplier<List<Warning>> action) {
        if (!errors.hasErrors()) {
            try {
                List<Warning> warnings = action.get();
                flash.addFlashAttribute("success", warnings.isEmpty() ? success : success + "WithWarning");
                return "redirect:/discipline/cases/" + id;
            } catch (BusinessProblem p) {
                p.rejectOn(errors);
            }
        }
        return again(id, model);
    }

    private String again(long id, Model model) {
        page.populate(model, cases.get(id));
        return "discipline/case";
    }

    private String label(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }

    /** Whole levels by name ("all ringan punishments"), the kinds of a level only partly allowed one by one. */
    private String allowed(java.util.Set<PunishmentKind> kinds) {
        List<String> parts = new java.util.ArrayList<>();
        for (PunishmentLevel level : PunishmentLevel.values()) {
            List<PunishmentKind> ofLevel = level.kinds();
            if (kinds.containsAll(ofLevel)) {
                parts.add(label("discipline.authority.allOf." + level));
            } else {
                ofLevel.stream().filter(kinds::contains).forEach(k -> parts.add(label("discipline.kindName." + k)));
            }
        }
        return String.join(", ", parts);
    }

    private String kind(Sanction s) {
        return messages.getMessage("discipline.kind." + s.kind(), new Object[] {s.months()}, LocaleContextHolder.getLocale());
    }
}
