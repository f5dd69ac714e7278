package id.merit.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Only the import endpoints take large files (attendance logs run to hundreds of megabytes); every other upload
 * (excuse evidence, forms) is refused above a small limit before anything reads the body — before CSRF parsing and
 * before authentication — so nobody can make the server spool a huge request to a form. The limit is the declared
 * Content-Length (the container reads no further); a body without one (chunked) is refused there with 411. On the
 * import endpoints the container's multipart limit (MERIT_MAX_UPLOAD) counts the bytes, chunked or not.
 */
@Configuration
class UploadSizeLimit {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> uploadSizeFilter(@Value("${merit.upload.form-max:10MB}") DataSize formMax) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
                    throws ServletException, IOException {
                String path = req.getRequestURI().substring(req.getContextPath().length());
                boolean importPath = path.startsWith("/imports") || path.startsWith("/api/v1/imports");
                if (!importPath && req.getContentLengthLong() > formMax.toBytes()) {
                    res.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
                    return;
                }
                // a chunked body declares no length: the container's multipart parser would read it (up to the import
                // limit) beyond any wrapper of ours. Browsers and API clients send Content-Length for forms and JSON.
                if (!importPath && req.getContentLengthLong() < 0 && req.getHeader("Transfer-Encoding") != null) {
                    refuseNow(res, HttpServletResponse.SC_LENGTH_REQUIRED, "Content-Length wajib / Content-Length required");
                    return;
                }
                chain.doFilter(req, res);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }

    /**
     * Answers at once and closes the connection: the answer is sent before the container would drain the unread body
     * (an error page is rendered only after the request, once the container has swallowed what the client sends).
     */
    static void refuseNow(HttpServletResponse res, int status, String text) throws IOException {
        res.setStatus(status);
        res.setHeader("Connection", "close");
        res.setContentType("text/plain;charset=UTF-8");
        res.getWriter().write(text);
        res.flushBuffer();
    }
}
