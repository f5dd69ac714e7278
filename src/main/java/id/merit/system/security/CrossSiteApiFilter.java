package id.merit.system.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The API authenticates with HTTP Basic, whose credentials a browser caches and sends with any request to the host,
 * so a third-party page could make an officer's browser post an import. Browser requests that come from another
 * site are refused (403) before authentication: {@code Sec-Fetch-Site} other than {@code same-origin}/{@code none},
 * or an {@code Origin} that is not this server's. Scripts and other systems send neither header and are unaffected.
 */
class CrossSiteApiFilter extends OncePerRequestFilter {

    private final ProblemWriter forbidden;

    CrossSiteApiFilter(ProblemWriter forbidden) {
        this.forbidden = forbidden;
    }

    /** Writes the refusal (the API's problem+json). */
    interface ProblemWriter {
        void write(HttpServletResponse res) throws IOException;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
            throws ServletException, IOException {
        if (crossSite(req)) {
            forbidden.write(res);
            return;
        }
        chain.doFilter(req, res);
    }

    static boolean crossSite(HttpServletRequest req) {
        String site = req.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equalsIgnoreCase("same-origin") && !site.equalsIgnoreCase("none")) {
            return true;
        }
        String origin = req.getHeader("Origin");
        return origin != null && !origin.toLowerCase(Locale.ROOT).equals(ownOrigin(req));
    }

    private static String ownOrigin(HttpServletRequest req) {
        String scheme = req.getScheme().toLowerCase(Locale.ROOT);
        int port = req.getServerPort();
        boolean defaultPort = port <= 0 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + req.getServerName().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }
}
