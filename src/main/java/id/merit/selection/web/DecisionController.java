package id.merit.selection.web;

import id.merit.selection.domain.DecisionService;
import id.merit.selection.domain.RoundService;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.HtmlPdf;
import id.merit.shared.Role;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The shortlist and the regent's decision: the rounds waiting for the regent, a round's shortlist with the dossiers
 * (page and PDF), forwarding it (ADMIN, OFFICER), the regent's choice (REGENT only), cancelling and repeating a round
 * (ADMIN, OFFICER) and the oversight report (page and PDF). The service checks the roles too.
 */
@Controller
class DecisionController {
    private final DecisionService decisions;
    private final RoundService rounds;
    private final ResultsPdf pdf;
    private final MessageSource messages;

    DecisionController(DecisionService decisions, RoundService rounds, ResultsPdf pdf, MessageSource messages) {
        this.decisions = decisions;
        this.rounds = rounds;
        this.pdf = pdf;
        this.messages = messages;
    }

    /** A shortlisted candidate in the regent's picker: the application id and "1. Name (peringkat 1)". */
    public record CandidateOption(String value, String label) {
    }

    static String shortlistPage(long id) {
        return "redirect:/selection/rounds/" + id + "/shortlist";
    }

    @GetMapping("/selection/decisions")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    String awaiting(Model model) {
        model.addAttribute("rows", decisions.awaitingChoice());
        return "selection/decisions";
    }

    @GetMapping("/selection/rounds/{id}/shortlist")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    String shortlist(@PathVariable long id, Model model) {
        CurrentUser user = CurrentUser.require();
        DecisionService.ShortlistView s = decisions.shortlist(id);
        model.addAttribute("s", s);
        model.addAttribute("candidateOptions", s.entries().stream().map(e -> new CandidateOption(String.valueOf(e.application().id()),
                messages.getMessage("selection.decision.option", new Object[] {e.position(), e.application().name(), e.rank()},
                        LocaleContextHolder.getLocale()))).toList());
        model.addAttribute("manage", user.is(Role.ADMIN, Role.OFFICER));
        model.addAttribute("regent", user.is(Role.REGENT));
        model.addAttribute("today", rounds.today());
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", new DecisionForm());
        }
        return "selection/shortlist";
    }

    @GetMapping("/selection/rounds/{id}/shortlist.pdf")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    Object shortlistPdf(@PathVariable long id) {
        return HtmlPdf.download("daftar-pendek-" + id + ".pdf", pdf.shortlist(decisions.shortlist(id)));
    }

    @PostMapping("/selection/rounds/{id}/shortlist")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String forward(@PathVariable long id, RedirectAttributes redirect) {
        return RoundController.step(shortlistPage(id), redirect, "selection.shortlist.forwarded", () -> decisions.forward(id));
    }

    /** Refused (nothing stored) without a rationale for another than the first-ranked; the typed text comes back on the page. */
    @PostMapping("/selection/rounds/{id}/decision")
    @PreAuthorize("hasRole('REGENT')")
    String decide(@PathVariable long id, @Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors,
                  RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("error", "selection.decision.error.form");
            redirect.addFlashAttribute("decisionForm", form);
            return shortlistPage(id);
        }
        try {
            decisions.decide(id, form.getApplicationId(), form.getRationale());
            redirect.addFlashAttribute("success", "selection.decision.saved");
        } catch (BusinessProblem e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.args());
            redirect.addFlashAttribute("decisionForm", form);
        }
        return shortlistPage(id);
    }

    @PostMapping("/selection/rounds/{id}/cancellation")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String cancel(@PathVariable long id, @Valid @ModelAttribute("cancelForm") CancelForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("error", "selection.decision.error.form");
            return shortlistPage(id);
        }
        return RoundController.step(shortlistPage(id), redirect, "selection.cancel.saved", () -> rounds.cancel(id, form.getVersion(), form.getReason()));
    }

    @PostMapping("/selection/rounds/{id}/repetition")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String repeat(@PathVariable long id, @Valid @ModelAttribute("repeatForm") RepeatForm form, BindingResult errors, RedirectAttributes redirect) {
        if (errors.hasErrors()) {
            redirect.addFlashAttribute("error", "selection.decision.error.form");
            return shortlistPage(id);
        }
        try {
            long created = rounds.repeat(id, form.getReason(), form.getTitle(), form.getRegistrationClosesOn());
            redirect.addFlashAttribute("success", "selection.repeat.saved");
            return "redirect:/selection/rounds/" + created;
        } catch (BusinessProblem e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.args());
            return shortlistPage(id);
        }
    }

    @GetMapping("/selection/rounds/{id}/oversight")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    String oversight(@PathVariable long id, Model model) {
        model.addAttribute("o", decisions.oversight(id));
        return "selection/oversight";
    }

    @GetMapping("/selection/rounds/{id}/oversight.pdf")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    Object oversightPdf(@PathVariable long id) {
        return HtmlPdf.download("laporan-pengawasan-" + id + ".pdf", pdf.oversight(decisions.oversight(id)));
    }
}
