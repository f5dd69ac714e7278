package id.merit.orgunit.web;

import id.merit.audit.AuditLog;
import id.merit.orgunit.OpdKind;
import id.merit.orgunit.OpdStaffCounts;
import id.merit.orgunit.OpdView;
import id.merit.orgunit.domain.OpdService;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.Role;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** OPD tree: list, detail with staff counts, create, edit and move (change of parent). */
@Controller
@RequestMapping("/opds")
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD','REGENT')")
class OpdController {
    private final OpdService opds;
    private final OpdStaffCounts counts;
    private final AuditLog audit;

    OpdController(OpdService opds, OpdStaffCounts counts, AuditLog audit) {
        this.opds = opds;
        this.counts = counts;
        this.audit = audit;
    }

    @ModelAttribute("kinds")
    OpdKind[] kinds() {
        return OpdKind.values();
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, Model model) {
        List<OpdView> tree = visibleTree();
        Map<Long, Map<String, Long>> byOpd = counts.countsByOpdAndType();
        if (q != null && !q.isBlank()) {
            String needle = q.trim().toLowerCase(Locale.ROOT);
            tree = tree.stream().filter(o -> o.name().toLowerCase(Locale.ROOT).contains(needle)
                    || o.code().toLowerCase(Locale.ROOT).contains(needle)).toList();
        }
        model.addAttribute("q", q);
        model.addAttribute("opds", tree);
        model.addAttribute("staff", byOpd.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().values().stream().mapToLong(Long::longValue).sum())));
        return "orgunit/list";
    }

    @GetMapping("/{code}")
    String detail(@PathVariable String code, Model model) {
        OpdView opd = requireVisible(code);
        Set<Long> subtree = opds.subtreeIds(code);
        Map<Long, Map<String, Long>> byOpd = counts.countsByOpdAndType();
        Map<String, Long> direct = new TreeMap<>(byOpd.getOrDefault(opd.id(), Map.of()));
        Map<String, Long> total = new TreeMap<>();
        subtree.forEach(id -> byOpd.getOrDefault(id, Map.of()).forEach((t, n) -> total.merge(t, n, Long::sum)));
        model.addAttribute("opd", opd);
        model.addAttribute("children", opds.tree().stream().filter(o -> opd.id() == (o.parentId() == null ? -1 : o.parentId())).toList());
        model.addAttribute("direct", direct);
        model.addAttribute("total", total);
        model.addAttribute("totalStaff", total.values().stream().mapToLong(Long::longValue).sum());
        if (CurrentUser.require().is(Role.ADMIN, Role.OFFICER)) {
            model.addAttribute("history", audit.history("OPD", code, 50));
        }
        return "orgunit/detail";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String createForm(@RequestParam(required = false) String parent, Model model) {
        OpdForm form = new OpdForm();
        form.setParentCode(parent);
        form.setKind(OpdKind.DINAS);
        return form(model, form, true);
    }

    @PostMapping("/new")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String create(@Valid @ModelAttribute("form") OpdForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        check(form, errors);
        if (!errors.hasErrors()) {
            try {
                opds.create(form.toData());
                flash.addFlashAttribute("success", "opd.saved");
                return "redirect:/opds/" + form.getCode().trim();
            } catch (BusinessProblem p) {
                p.rejectOn(errors);
            }
        }
        return form(model, form, true);
    }

    @GetMapping("/{code}/edit")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String editForm(@PathVariable String code, Model model) {
        OpdView opd = opds.byCode(code).orElseThrow(() -> new NotFoundProblem("opd.error.notFound"));
        return form(model, OpdForm.of(opd, opds.version(opd.id()).orElse(0)), false);
    }

    @PostMapping("/{code}/edit")
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    String edit(@PathVariable String code, @Valid @ModelAttribute("form") OpdForm form, BindingResult errors, Model model,
                RedirectAttributes flash) {
        OpdView opd = opds.byCode(code).orElseThrow(() -> new NotFoundProblem("opd.error.notFound"));
        check(form, errors);
        if (!errors.hasErrors()) {
            try {
                opds.update(opd.id(), form.toData(), form.getVersion());
                flash.addFlashAttribute("success", "opd.saved");
                return "redirect:/opds/" + form.getCode().trim();
            } catch (BusinessProblem p) {
                p.rejectOn(errors);
            }
        }
        model.addAttribute("editing", opd);
        return form(model, form, false);
    }

    private String form(Model model, OpdForm form, boolean creating) {
        model.addAttribute("form", form);
        model.addAttribute("creating", creating);
        model.addAttribute("parents", opds.tree());
        return "orgunit/form";
    }

    private static void check(OpdForm form, BindingResult errors) {
        if (form.coordinatesHalfFilled()) {
            errors.rejectValue("longitude", "form.error.coordinatesPair");
        }
    }

    /** OPD heads see their own OPD and its sub-units; the other roles see the whole tree. */
    private List<OpdView> visibleTree() {
        CurrentUser user = CurrentUser.require();
        if (user.role() != Role.OPD_HEAD) {
            return opds.tree();
        }
        Set<Long> mine = opds.subtreeIds(user.opdCode());
        return opds.tree().stream().filter(o -> mine.contains(o.id())).toList();
    }

    private OpdView requireVisible(String code) {
        OpdView opd = opds.byCode(code).orElseThrow(() -> new NotFoundProblem("opd.error.notFound"));
        CurrentUser user = CurrentUser.require();
        if (user.role() == Role.OPD_HEAD && !opds.subtreeIds(user.opdCode()).contains(opd.id())) {
            throw new id.merit.shared.AccessDeniedProblem("OPD outside scope");
        }
        return opd;
    }
}
