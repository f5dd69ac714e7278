package id.merit.orgunit.web;

import id.merit.orgunit.OpdView;
import id.merit.orgunit.PostView;
import id.merit.orgunit.domain.OpdService;
import id.merit.orgunit.domain.PostService;
import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.Role;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Create, edit and move a post. BKPSDM everywhere, an OPD head within their OPD (checked by {@link PostService}). */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','OFFICER','OPD_HEAD')")
class PostFormController {

    private final PostService posts;
    private final OpdService opds;

    PostFormController(PostService posts, OpdService opds) {
        this.posts = posts;
        this.opds = opds;
    }

    @GetMapping("/opds/{code}/posts/new")
    String createForm(@PathVariable String code, Model model) {
        posts.forOpd(code); // scope check before showing the form
        PostForm form = new PostForm();
        form.setOpdCode(code);
        form.setPositionKind("PELAKSANA");
        return form(model, form, null);
    }

    @PostMapping("/opds/{code}/posts/new")
    String create(@PathVariable String code, @Valid @ModelAttribute("form") PostForm form, BindingResult errors, Model model,
                  RedirectAttributes flash) {
        return save(form, errors, model, flash, null);
    }

    @GetMapping("/posts/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        PostView post = posts.get(code);
        return form(model, PostForm.of(post, posts.version(code)), post);
    }

    @PostMapping("/posts/{code}/edit")
    String edit(@PathVariable String code, @Valid @ModelAttribute("form") PostForm form, BindingResult errors, Model model,
                RedirectAttributes flash) {
        return save(form, errors, model, flash, posts.get(code));
    }

    private String save(PostForm form, BindingResult errors, Model model, RedirectAttributes flash, PostView editing) {
        if (form.levelWithoutFungsional()) {
            errors.rejectValue("positionLevel", "post.error.levelNotFungsional");
        }
        if (!errors.hasErrors()) {
            try {
                if (editing == null) {
                    posts.create(form.toData());
                } else {
                    posts.update(editing.code(), form.toData(), form.getVersion());
                }
                flash.addFlashAttribute("success", "post.saved");
                return "redirect:/posts/" + form.getCode().trim();
            } catch (BusinessProblem p) {
                if (p.field() == null) {
                    errors.reject(p.messageKey(), p.args(), p.messageKey());
                } else {
                    errors.rejectValue(p.field(), p.messageKey(), p.args(), p.messageKey());
                }
            }
        }
        return form(model, form, editing);
    }

    private String form(Model model, PostForm form, PostView editing) {
        CurrentUser user = CurrentUser.require();
        boolean bkpsdm = user.is(Role.ADMIN, Role.OFFICER);
        List<OpdView> opdChoices = bkpsdm ? opds.tree()
                : opds.tree().stream().filter(o -> opds.subtreeIds(user.opdCode()).contains(o.id())).toList();
        List<PostView> superiors = new java.util.ArrayList<>((bkpsdm ? posts.active() : posts.forOpd(user.opdCode())).stream()
                .filter(p -> !p.retired() && (editing == null || !p.code().equals(editing.code()))).toList());
        // an OPD head keeps the superior outside their OPD (e.g. the Sekda above their head post) as it is
        if (form.getSuperiorCode() != null && superiors.stream().noneMatch(p -> p.code().equals(form.getSuperiorCode()))) {
            posts.byCode(form.getSuperiorCode()).ifPresent(p -> superiors.add(0, p));
        }
        model.addAttribute("form", form);
        model.addAttribute("editing", editing);
        model.addAttribute("opdChoices", opdChoices);
        model.addAttribute("superiors", superiors);
        model.addAttribute("kinds", PostForm.KINDS);
        model.addAttribute("levels", PostForm.LEVELS);
        model.addAttribute("competencyFields", List.of("integrity", "cooperation", "communication", "results", "publicService",
                "developingOthers", "managingChange", "decisionMaking", "socioCultural", "technical"));
        return "orgunit/post-form";
    }
}
