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
 * before authentication — so nobody can make the server spool a huge request to a form.
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
                chain.doFilter(req, res);
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
