package id.merit.identity.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.merit.identity.domain.MeritUserDetails;
import id.merit.shared.CurrentUser;
import id.merit.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Issue 15 item 3: with a one-time password, only the change-password page (and what it needs) is reachable. */
class PasswordChangeFilterTests {

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @ParameterizedTest(name = "{0} {1} must-change={2} -> {3}")
    @CsvSource({
            // path                        , role     , mustChange, expected
            "/                              , EMPLOYEE , true , redirect",
            "/employees/198503122010011002  , EMPLOYEE , true , redirect",
            "/admin/users                   , ADMIN    , true , redirect",
            "/account/password              , EMPLOYEE , true , pass",
            "/logout                        , EMPLOYEE , true , pass",
            "/error                         , EMPLOYEE , true , pass",
            "/css/merit.css                 , EMPLOYEE , true , pass",
            "/js/merit.js                   , EMPLOYEE , true , pass",
            "/webjars/bootstrap/css/x.css   , EMPLOYEE , true , pass",
            "/favicon.svg                   , EMPLOYEE , true , pass",
            "/account/passwordX             , EMPLOYEE , true , redirect",
            "/cssx                          , EMPLOYEE , true , redirect",
            "/api/v1/employees/1985         , EMPLOYEE , true , problem",
            "/api/v1/users                  , ADMIN    , true , problem",
            "/                              , EMPLOYEE , false, pass",
            "/api/v1/employees/1985         , EMPLOYEE , false, pass",
            "/admin/users                   , ADMIN    , false, pass",
            "/                              ,          , false, pass",
            "/api/v1/employees/1985         ,          , false, pass",
    })
    void onlyTheChangePageIsReachableWhileAChangeIsPending(String path, Role role, boolean mustChange, String expected) throws Exception {
        if (role != null) {
            var p = new MeritUserDetails(new CurrentUser("u", role, null, role == Role.EMPLOYEE ? "198503122010011002" : null), "x", true,
                    false, "U", mustChange);
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(p, null, p.getAuthorities()));
        }
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        new PasswordChangeFilter().doFilter(request, response, chain);
        switch (expected) {
            case "pass" -> assertThat(chain.getRequest()).isNotNull();
            case "redirect" -> {
                assertThat(chain.getRequest()).isNull();
                assertThat(response.getRedirectedUrl()).isEqualTo("/account/password");
            }
            case "problem" -> {
                assertThat(chain.getRequest()).isNull();
                assertThat(response.getStatus()).isEqualTo(403);
                assertThat(response.getContentType()).startsWith("application/problem+json");
                assertThat(response.getContentAsString()).contains("\"status\":403", "\"title\":\"Password change required\"");
            }
            default -> throw new IllegalArgumentException(expected);
        }
    }
}
