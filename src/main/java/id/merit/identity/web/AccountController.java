package id.merit.identity.web;

import id.merit.identity.PasswordPolicy;
import id.merit.identity.domain.MeritUserDetails;
import id.merit.identity.domain.UserService;
import id.merit.shared.BusinessProblem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every user changes their own password here; a user with a one-time password is sent here by
 * {@link PasswordChangeFilter} and can go nowhere else until it is changed. After the change the session's principal
 * is replaced (no new login needed) and the user's other sessions end.
 */
@Controller
@RequestMapping(PasswordChangeFilter.CHANGE_PAGE)
class AccountController {
    private final UserService users;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    AccountController(UserService users) {
        this.users = users;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("forced", PasswordChangeFilter.pending(SecurityContextHolder.getContext().getAuthentication()));
        model.addAttribute("minLength", PasswordPolicy.MIN_LENGTH);
        return "identity/account-password";
    }

    @PostMapping
    String change(@RequestParam(required = false) String currentPassword, @RequestParam(required = false) String newPassword,
                  @RequestParam(required = false) String newPasswordConfirm, HttpServletRequest request, HttpServletResponse response,
                  Model model, RedirectAttributes flash) {
        String error = newPassword == null || !newPassword.equals(newPasswordConfirm) ? "user.error.passwordMismatch" : null;
        if (error == null) {
            try {
                MeritUserDetails fresh = users.changeOwnPassword(currentPassword, newPassword, request.getSession().getId());
                Authentication old = SecurityContextHolder.getContext().getAuthentication();
                var auth = UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
                auth.setDetails(old == null ? null : old.getDetails());
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(auth);
                SecurityContextHolder.setContext(context);
                contexts.saveContext(context, request, response);
                flash.addFlashAttribute("success", "user.account.passwordChanged");
                return "redirect:/";
            } catch (BusinessProblem p) {
                error = p.messageKey();
            }
        }
        model.addAttribute("passwordError", error);
        return form(model);
    }
}
