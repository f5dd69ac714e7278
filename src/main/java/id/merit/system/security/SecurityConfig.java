package id.merit.system.security;

import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Two chains: {@code /api/**} is stateless HTTP Basic without CSRF tokens but refusing cross-site browser requests
 * (interchange.md §1); everything else is the
 * form-login UI with CSRF, a strict Content-Security-Policy (no inline scripts) and framing forbidden.
 * Role rules by URL are the outer fence; services check role and OPD scope again.
 */
@Configuration
@EnableMethodSecurity
public class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(10);
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers("/api/v1/users/**").hasRole("ADMIN")
                        .requestMatchers("/api/v1/imports/**").hasAnyRole("ADMIN", "OFFICER")
                        .anyRequest().authenticated())
                .httpBasic(b -> b.authenticationEntryPoint((req, res, ex) -> problem(res, 401, "Unauthorized",
                        "Autentikasi diperlukan / Authentication required")))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // no CSRF token for API clients; browsers' cross-site requests are refused instead
                .csrf(c -> c.disable())
                .addFilterBefore(new CrossSiteApiFilter(res -> problem(res, 403, "Forbidden",
                        "Permintaan lintas situs ditolak / Cross-site request refused")), BasicAuthenticationFilter.class)
                .requestCache(c -> c.disable())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((req, res, ex) -> problem(res, 401, "Unauthorized",
                                "Autentikasi diperlukan / Authentication required"))
                        .accessDeniedHandler((req, res, ex) -> problem(res, 403, "Forbidden",
                                "Peran atau cakupan OPD Anda tidak mengizinkan ini / Your role or OPD scope does not allow this")))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain uiChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/favicon.svg", "/error",
                                "/actuator/health/**").permitAll()
                        // the API description is for logged-in users only (closed government network or not)
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/imports/**").hasAnyRole("ADMIN", "OFFICER")
                        .anyRequest().authenticated())
                // a locked or disabled account gets the wrong-password answer: the page must not reveal that a user exists
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/", true).failureUrl("/login?error"))
                .addFilterBefore(new AnonymousMultipartFilter(), CsrfFilter.class)
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").deleteCookies("SESSION", "JSESSIONID"))
                .headers(h -> h
                        .contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .permissionsPolicyHeader(p -> p.policy("camera=(), microphone=(), geolocation=(self)")));
        return http.build();
    }

    private static void problem(HttpServletResponse res, int status, String title, String detail) throws java.io.IOException {
        res.setStatus(status);
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (status == 401) {
            res.setHeader("WWW-Authenticate", "Basic realm=\"Merit\"");
        }
        res.getWriter().write("{\"type\":\"about:blank\",\"status\":" + status + ",\"title\":\"" + title + "\",\"detail\":\""
                + detail + "\"}");
    }
}
