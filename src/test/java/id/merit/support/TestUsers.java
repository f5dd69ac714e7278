package id.merit.support;

import id.merit.identity.domain.MeritUserDetails;
import id.merit.shared.CurrentUser;
import id.merit.shared.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;

/** Principals as the app builds them (the layout reads principal.displayName and principal.currentUser()). */
public final class TestUsers {
    private TestUsers() {
    }

    public static MeritUserDetails principal(Role role, String opdCode, String nip) {
        return new MeritUserDetails(new CurrentUser(role.name().toLowerCase(), role, opdCode, nip), "x", true, false, role.name());
    }

    /** For MockMvc requests. */
    public static RequestPostProcessor as(Role role) {
        return as(role, role == Role.OPD_HEAD ? "DINKES" : null, role == Role.EMPLOYEE ? "198503122010011002" : null);
    }

    public static RequestPostProcessor as(Role role, String opdCode, String nip) {
        return SecurityMockMvcRequestPostProcessors.user(principal(role, opdCode, nip));
    }

    /** For calling @PreAuthorize services directly in integration tests; undo with {@link #clear()}. */
    public static void runAs(Role role, String opdCode, String nip) {
        MeritUserDetails p = principal(role, opdCode, nip);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(p, null, p.getAuthorities()));
    }

    public static void clear() {
        SecurityContextHolder.clearContext();
    }

    /** Runs {@code work} as {@code role} (no OPD, no NIP), then clears the principal. */
    public static void runAs(Role role, Runnable work) {
        runAs(role, null, null);
        try {
            work.run();
        } finally {
            clear();
        }
    }
}
