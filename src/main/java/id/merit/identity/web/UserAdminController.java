package id.merit.identity.web;

import id.merit.identity.UserView;
import id.merit.identity.domain.UserService;
import id.merit.orgunit.OpdQueries;
import id.merit.shared.BusinessProblem;
import id.merit.shared.PagedResult;
import id.merit.shared.Role;
import jakarta.validation.Valid;
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
import org.springframework.web.util.UriUtils;

/** Account administration for ADMIN: list, create, enable/disable, unlock, reset password, change role. */
@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class UserAdminController {
    private static final int PAGE_SIZE = 25;
    private final UserService users;
    private final OpdQueries opds;

    UserAdminController(UserService users, OpdQueries opds) {
        this.users = users;
        this.opds = opds;
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        PagedResult<?> result = users.search(q, page, PAGE_SIZE);
        model.addAttribute("page", result);
        model.addAttribute("q", q);
        model.addAttribute("pageQuery", q == null ? "" : "q=" + UriUtils.encodeQueryParam(q, java.nio.charset.StandardCharsets.UTF_8));
        return "identity/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        UserForm form = new UserForm();
        form.setRole(Role.OFFICER);
        return form(model, form);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model, RedirectAttributes flash) {
        if (form.getPassword() != null && !form.getPassword().equals(form.getPasswordConfirm())) {
            errors.rejectValue("passwordConfirm", "user.error.passwordMismatch");
        }
        if (!errors.hasErrors()) {
            try {
                users.create(form.toNewUser());
                flash.addFlashAttribute("success", "user.saved");
                flash.addFlashAttribute("successArgs", form.getUsername());
                return "redirect:/admin/users";
            } catch (BusinessProblem p) {
                if (p.field() != null) {
                    errors.rejectValue(p.field(), p.messageKey(), p.args(), null);
                } else {
                    errors.reject(p.messageKey(), p.args(), null);
                }
            }
        }
        form.setPassword(null);
        form.setPasswordConfirm(null);
        return form(model, form);
    }

    @PostMapping("/{id}/enabled")
    String setEnabled(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes flash) {
        try {
            users.setEnabled(id, enabled);
            flash.addFlashAttribute("success", enabled ? "user.enabled" : "user.disabled");
        } catch (BusinessProblem p) {
            flash.addFlashAttribute("error", p.messageKey());
        }
        return "redirect:/admin/users";
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable long id, RedirectAttributes flash) {
        users.unlock(id);
        flash.addFlashAttribute("success", "user.unlocked");
        return "redirect:/admin/users";
    }

    @GetMapping("/{id}/password")
    String passwordForm(@PathVariable long id, Model model) {
        model.addAttribute("user", users.get(id));
        return "identity/password";
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @RequestParam String password, @RequestParam String passwordConfirm, Model model,
                         RedirectAttributes flash) {
        String error = password.equals(passwordConfirm) ? null : "user.error.passwordMismatch";
        if (error == null) {
            try {
                users.resetPassword(id, password);
                flash.addFlashAttribute("success", "user.passwordReset");
                return "redirect:/admin/users";
            } catch (BusinessProblem p) {
                error = p.messageKey();
            }
        }
        model.addAttribute("user", users.get(id));
        model.addAttribute("passwordError", error);
        return "identity/password";
    }

    @GetMapping("/{id}/role")
    String roleForm(@PathVariable long id, Model model) {
        UserView user = users.get(id);
        return roleForm(model, user, user.role(), user.opdCode(), user.nip(), null);
    }

    /** A new role ends the account's open sessions (UserService.changeRole); refusals come back on the same page. */
    @PostMapping("/{id}/role")
    String changeRole(@PathVariable long id, @RequestParam Role role, @RequestParam(required = false) String opdCode,
                      @RequestParam(required = false) String nip, Model model, RedirectAttributes flash) {
        try {
            users.changeRole(id, role, opdCode, nip);
            flash.addFlashAttribute("success", "user.roleChanged");
            return "redirect:/admin/users";
        } catch (BusinessProblem p) {
            return roleForm(model, users.get(id), role, opdCode, nip, p.messageKey());
        }
    }

    private String roleForm(Model model, UserView user, Role role, String opdCode, String nip, String error) {
        model.addAttribute("user", user);
        model.addAttribute("role", role);
        model.addAttribute("opdCode", opdCode);
        model.addAttribute("nip", nip);
        model.addAttribute("roleError", error);
        model.addAttribute("opds", opds.tree());
        return "identity/role";
    }

    private String form(Model model, UserForm form) {
        model.addAttribute("form", form);
        model.addAttribute("opds", opds.tree());
        return "identity/form";
    }
}
