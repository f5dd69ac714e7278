package id.merit.identity.domain;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Feeds login outcomes (UI form and API Basic alike) into the lockout counter and the audit trail: every refused
 * attempt with its reason, every login on the login page. (An API call authenticates on each request; those are
 * not logins, and what they read or change is audited where it happens.)
 */
@Component
class LoginEvents {
    private final UserService users;

    LoginEvents(UserService users) {
        this.users = users;
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        Exception e = event.getException();
        String reason = e instanceof BadCredentialsException ? "bad credentials" : e instanceof LockedException ? "account locked"
                : e instanceof DisabledException ? "account disabled" : e.getClass().getSimpleName();
        users.loginFailed(event.getAuthentication().getName(), "login failed: " + reason + from(event.getAuthentication()),
                e instanceof BadCredentialsException);
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        users.loginSucceeded(event.getAuthentication().getName());
    }

    @EventListener
    void onInteractiveLogin(InteractiveAuthenticationSuccessEvent event) {
        users.loginAudited(event.getAuthentication().getName(), "login succeeded" + from(event.getAuthentication()));
    }

    private static String from(Authentication auth) {
        return auth.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null ? " from " + d.getRemoteAddress() : "";
    }
}
