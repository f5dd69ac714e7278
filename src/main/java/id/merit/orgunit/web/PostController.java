package id.merit.orgunit.web;

import id.merit.audit.AuditLog;
import id.merit.orgunit.ActingKind;
import id.merit.orgunit.Competencies;
import id.merit.orgunit.OpdView;
import id.merit.orgunit.PostHolders;
import id.merit.orgunit.PostView;
import id.merit.orgunit.domain.OpdService;
import id.merit.orgunit.domain.PostService;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.Role;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
 * Posts of an OPD: organisation chart and formation table (with .xlsx), one post with its holders and acting
 * officials, retiring a post, and BKPSDM's list of current positions not yet linked to a post. Scope is checked by
 * {@link PostService}.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
class PostController {

    private final PostService posts;
    private final OpdService opds;
    private final PostHolders holders;
    private final AuditLog audit;
    private final FormationWorkbook workbook;
    private final ZoneId zone;

    PostController(PostService posts, OpdService opds, PostHolders holders, AuditLog audit, MessageSource messages,
                   @Value("${merit.zone:Asia/Jakarta}") String zone) {
        this.posts = posts;
        this.opds = opds;
        this.holders = holders;
        this.audit = audit;
        this.workbook = new FormationWorkbook(messages);
        this.zone = ZoneId.of(zone);
    }

    @GetMapping("/opds/{code}/posts")
    String structure(@PathVariable String code, Model model) {
        OpdView opd = opds.byCode(code).orElseThrow(() -> new NotFoundProblem("opd.error.notFound", code));
        model.addAttribute("opd", opd);
        model.addAttribute("structure", structure(code));
        model.addAttribute("today", today());
        return "orgunit/posts";
    }

    @GetMapping("/opds/{code}/posts.xlsx")
    void export(@PathVariable String code, HttpServletResponse response) throws IOException {
        PostStructure structure = structure(code);
        String filename = "formasi-" + code + "-" + today() + ".xlsx";
        response.setContentType(FormationWorkbook.CONTENT_TYPE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString());
        workbook.write(structure, response.getOutputStream());
    }

    @GetMapping("/posts/{code}")
    String detail(@PathVariable String code, Model model) {
        PostView post = posts.get(code);
        LocalDate today = today();
        model.addAttribute("post", post);
        model.addAttribute("competencyLevels", levels(post.competencies()));
        model.addAttribute("holders", holders.holdersOn(today).getOrDefault(code, List.of()));
        model.addAttribute("acting", posts.actingOfficials().stream().filter(a -> a.postCode().equals(code)).toList());
        model.addAttribute("today", today);
        if (!model.containsAttribute("actingForm")) {
            ActingForm form = new ActingForm();
            form.setStartDate(today);
            model.addAttribute("actingForm", form);
        }
        model.addAttribute("actingKinds", ActingKind.values());
        if (CurrentUser.require().is(Role.ADMIN, Role.OFFICER, Role.OPD_HEAD)) {
            model.addAttribute("history", audit.history("POST", code, 50));
        }
        return "orgunit/post";
    }

    @PostMapping("/posts/{code}/acting")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD')")
    String addActing(@PathVariable String code, @Valid @ModelAttribute("actingForm") ActingForm form, BindingResult errors,
                     Model model, RedirectAttributes flash) {
        if (!errors.hasErrors()) {
            try {
                posts.addActing(code, form.getNip().trim(), form.getKind(), form.getStartDate(), form.getEndDate());
                flash.addFlashAttribute("success", "post.acting.saved");
                return "redirect:/posts/" + code;
            } catch (BusinessProblem p) {
                errors.rejectValue(p.field() == null ? "nip" : p.field(), p.messageKey(), p.args(), p.messageKey());
            }
        }
        return detail(code, model);
    }

    @PostMapping("/posts/{code}/retire")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD')")
    String retire(@PathVariable String code, RedirectAttributes flash) {
        try {
            posts.retire(code, today());
            flash.addFlashAttribute("success", "post.retired");
        } catch (BusinessProblem p) {
            flash.addFlashAttribute("error", p.messageKey());
        }
        return "redirect:/posts/" + code;
    }

    /** Current positions without a post in this OPD (and its sub-units), each with the likeliest posts. */
    @GetMapping("/opds/{code}/posts/unlinked")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String unlinked(@PathVariable String code, Model model) {
        OpdView opd = opds.byCode(code).orElseThrow(() -> new NotFoundProblem("opd.error.notFound", code));
        Set<Long> subtree = opds.subtreeIds(code);
        List<PostView> candidates = posts.forOpd(code).stream().filter(p -> !p.retired()).toList();
        List<PostHolders.UnlinkedPosition> open = holders.unlinked(subtree);
        Map<String, List<PostView>> suggestions = open.stream().collect(Collectors.toMap(PostHolders.UnlinkedPosition::nip,
                u -> suggest(u, candidates), (a, b) -> a));
        model.addAttribute("opd", opd);
        model.addAttribute("positions", open);
        model.addAttribute("suggestions", suggestions);
        model.addAttribute("candidates", candidates);
        return "orgunit/unlinked";
    }

    @PostMapping("/opds/{code}/posts/link")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String link(@PathVariable String code, @RequestParam String nip, @RequestParam String postCode, RedirectAttributes flash) {
        try {
            holders.linkCurrentPosition(nip, postCode);
            flash.addFlashAttribute("success", "post.linked");
        } catch (BusinessProblem p) {
            flash.addFlashAttribute("error", p.messageKey());
        }
        return "redirect:/opds/" + code + "/posts/unlinked";
    }

    /** Posts of the position's own OPD first, then by how many words of the name they share; at most three. */
    static List<PostView> suggest(PostHolders.UnlinkedPosition u, List<PostView> candidates) {
        Set<String> words = words(u.positionName());
        return candidates.stream()
                .filter(p -> p.positionKind().equals(u.positionKind()))
                .sorted(Comparator.comparingInt((PostView p) -> p.opdId() == u.opdId() ? 0 : 1)
                        .thenComparing(p -> -overlap(words, words(p.name())))
                        .thenComparing(PostView::code))
                .filter(p -> overlap(words, words(p.name())) > 0)
                .limit(3).toList();
    }

    private static Set<String> words(String s) {
        return Set.of(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).stream().filter(w -> w.length() > 2)
                .collect(Collectors.toSet());
    }

    private static int overlap(Set<String> a, Set<String> b) {
        return (int) a.stream().filter(b::contains).count();
    }

    private static Map<String, Integer> levels(Competencies c) {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("integrity", c.integrity());
        m.put("cooperation", c.cooperation());
        m.put("communication", c.communication());
        m.put("results", c.results());
        m.put("publicService", c.publicService());
        m.put("developingOthers", c.developingOthers());
        m.put("managingChange", c.managingChange());
        m.put("decisionMaking", c.decisionMaking());
        m.put("socioCultural", c.socioCultural());
        m.put("technical", c.technical());
        return m;
    }

    private PostStructure structure(String opdCode) {
        LocalDate today = today();
        return PostStructure.of(posts.forOpd(opdCode), holders.holdersOn(today), posts.actingOfficials(), today);
    }

    private LocalDate today() {
        return LocalDate.now(zone);
    }
}
