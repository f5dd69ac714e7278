package id.merit.system.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sits before the CSRF filter, which looks for the token among the request parameters and so makes the container
 * parse (and spool to disk) a multipart body. A multipart body from someone not logged in is refused (403) unread:
 * nobody can make the server store an upload before authentication. The login form itself is not multipart.
 */
class AnonymousMultipartFilter extends OncePerRequestFilter {

    private final AuthenticationTrustResolver trust = new AuthenticationTrustResolverImpl();

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        String type = req.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")
                && !trust.isAuthenticated(SecurityContextHolder.getContext().getAuthentication())) {
            // answered and flushed at once, so the container does not drain the body before the client hears it
            res.setStatus(HttpServletResponse.SC_FORBIDDEN);
            res.setHeader("Connection", "close");
            res.setContentType("text/plain;charset=UTF-8");
            res.getWriter().write("Masuk dahulu / Log in first");
            res.flushBuffer();
            return;
        }
        chain.doFilter(req, res);
    }
}
