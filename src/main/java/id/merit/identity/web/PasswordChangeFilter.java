package id.merit.identity.web;

import id.merit.identity.domain.MeritUserDetails;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A user who logged in with a one-time password ({@link MeritUserDetails#mustChangePassword()}) reaches nothing but
 * {@value #CHANGE_PAGE} (and log-out, static files, the error page) until the password is changed: any other page
 * redirects there, and the API (HTTP Basic) answers 403 {@code application/problem+json} "Password change required".
 * A plain servlet filter after Spring Security's chain (Boot registers it for every URL; the security context is set
 * by then), so the identity module owns the rule and the security configuration needs no change.
 */
@Component
class PasswordChangeFilter extends OncePerRequestFilter {
    static final String CHANGE_PAGE = "/account/password";
    private static final List<String> OPEN = List.of(CHANGE_PAGE, "/logout", "/login", "/error", "/css/", "/js/", "/img/",
            "/webjars/", "/favicon");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!pending(SecurityContextHolder.getContext().getAuthentication())) {
            chain.doFilter(request, response);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/api/")) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"about:blank\",\"status\":403,\"title\":\"Password change required\",\"detail\":"
                    + "\"Ganti kata sandi sekali pakai di " + CHANGE_PAGE + " terlebih dahulu / Change the one-time password at "
                    + CHANGE_PAGE + " first\"}");
            return;
        }
        if (OPEN.stream().anyMatch(p -> p.endsWith("/") ? path.startsWith(p) : path.equals(p) || path.startsWith(p + "/")
                || p.equals("/favicon") && path.startsWith(p))) {
            chain.doFilter(request, response);
            return;
        }
        response.sendRedirect(request.getContextPath() + CHANGE_PAGE);
    }

    static boolean pending(Authentication auth) {
        return auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof MeritUserDetails d && d.mustChangePassword();
    }
}
