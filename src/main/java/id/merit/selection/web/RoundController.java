package id.merit.selection.web;

import id.merit.selection.domain.RoundService;
import id.merit.selection.domain.SentenceCodec;
import id.merit.selection.rules.RoundPolicy;
import id.merit.selection.rules.RoundState;
import id.merit.selection.rules.ScreeningResult;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.Role;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.format.annotation.DateTimeFormat;
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
 * Open selection rounds: the list, planning a round for a vacant JPT Pratama post, the round page (overview with its
 * timeline, applicants tab) and its steps. ADMIN and OFFICER manage, REGENT reads; the service checks the roles too.
 */
@Controller
class RoundController {
    static final int PAGE_SIZE = 25;
    private final RoundService rounds;
    private final SentenceWriter sentences;

    private final MessageSource messages;

    RoundController(RoundService rounds, SentenceWriter sentences, MessageSource messages) {
        this.rounds = rounds;
        this.sentences = sentences;
        this.messages = messages;
    }

    /** One vacant post in the form's picker: its code and the label naming the OPD and the filled slots. */
    public record PostOption(String code, String label) {
    }

    @GetMapping("/selection/rounds")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", rounds.list(page, PAGE_SIZE));
        return "selection/rounds";
    }

    @GetMapping("/selection/rounds/new")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String form(Model model) {
        if (!model.containsAttribute("roundForm")) {
            model.addAttribute("roundForm", new RoundForm());
        }
        List<RoundService.VacantPost> posts = rounds.vacantPosts();
        model.addAttribute("posts", posts);
        model.addAttribute("postOptions", posts.stream().map(p -> new PostOption(p.code(), messages.getMessage(
                "selection.round.new.postOption", new Object[] {p.name(), p.opdName(), p.holders(), p.slots()},
                LocaleContextHolder.getLocale()))).toList());
        model.addAttribute("minDays", RoundPolicy.MIN_WINDOW_DAYS);
        return "selection/round-new";
    }

    @PostMapping("/selection/rounds")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String create(@Valid @ModelAttribute("roundForm") RoundForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = rounds.create(new RoundService.NewRound(form.getPostCode(), form.getTitle(), form.getRegistrationClosesOn()));
                redirect.addFlashAttribute("success", "selection.round.created");
                return "redirect:/selection/rounds/" + id;
            } catch (BusinessProblem e) {
                errors.rejectValue(e.field() == null ? "postCode" : e.field(), e.messageKey(), e.args(), e.messageKey());
            }
        }
        return form(model);
    }

    @GetMapping("/selection/rounds/{id}")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','REGENT')")
    String detail(@PathVariable long id, @RequestParam(defaultValue = "overview") String tab, @RequestParam(required = false) String q,
                  Model model) {
        RoundService.RoundView r = rounds.get(id);
        boolean manage = CurrentUser.get().map(u -> u.is(Role.ADMIN, Role.OFFICER)).orElse(false);
        model.addAttribute("r", r);
        model.addAttribute("tab", "applicants".equals(tab) ? "applicants" : "overview");
        model.addAttribute("manage", manage);
        model.addAttribute("today", rounds.today());
        model.addAttribute("windowDays", r.announcedOn() == null ? null : RoundPolicy.windowDays(r.announcedOn(), r.registrationClosesOn()));
        model.addAttribute("proposedBody", rounds.proposedOversightBody(rounds.today()));
        model.addAttribute("canApply", RoundPolicy.apply(r.state(), r.registrationClosesOn(), rounds.today()).isEmpty());
        model.addAttribute("canScreen", r.state() == RoundState.ANNOUNCED || r.state() == RoundState.CLOSED);
        model.addAttribute("results", List.of(ScreeningResult.PASSED, ScreeningResult.FAILED));
        model.addAttribute("q", q);
        model.addAttribute("found", manage && q != null ? rounds.searchCandidates(q) : List.of());
        model.addAttribute("written", r.applications().stream().collect(java.util.stream.Collectors.toMap(
                RoundService.ApplicationView::id, a -> a.sentences().stream().map(this::write).toList())));
        model.addAttribute("maxMb", RoundService.MAX_DOCUMENT_BYTES / 1024 / 1024);
        model.addAttribute("maxDocuments", RoundService.MAX_DOCUMENTS);
        if (!model.containsAttribute("externalForm")) {
            model.addAttribute("externalForm", new ExternalForm());
        }
        return "selection/round";
    }

    private String write(SentenceCodec.Decoded d) {
        Object[] args = d.args().stream().map(a -> a instanceof SentenceCodec.Label l
                ? new DefaultMessageSourceResolvable(new String[] {l.key()}, l.key().substring(l.key().lastIndexOf('.') + 1)) : a).toArray();
        return sentences.write(d.key(), args);
    }

    @PostMapping("/selection/rounds/{id}/recommendation")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String recommend(@PathVariable long id, @RequestParam int version, @RequestParam String number,
                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @RequestParam(required = false) String body,
                     RedirectAttributes redirect) {
        if (number.isBlank() || number.length() > 100 || (body != null && body.length() > 200)) {
            redirect.addFlashAttribute("error", "selection.round.error.recommendation");
            return "redirect:/selection/rounds/" + id;
        }
        return step(id, redirect, "selection.round.recommended", () -> rounds.recommend(id, version, number, date, body));
    }

    @PostMapping("/selection/rounds/{id}/announcement")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String announce(@PathVariable long id, @RequestParam int version, @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                    RedirectAttributes redirect) {
        return step(id, redirect, "selection.round.announced", () -> rounds.announce(id, version, date));
    }

    @PostMapping("/selection/rounds/{id}/close")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String close(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return step(id, redirect, "selection.round.closed", () -> rounds.close(id, version));
    }

    static String step(long id, RedirectAttributes redirect, String success, Runnable action) {
        return step("redirect:/selection/rounds/" + id, redirect, success, action);
    }

    static String step(String target, RedirectAttributes redirect, String success, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("success", success);
        } catch (BusinessProblem e) {
            redirect.addFlashAttribute("error", e.messageKey());
            redirect.addFlashAttribute("errorArgs", e.args());
        }
        return target;
    }
}
