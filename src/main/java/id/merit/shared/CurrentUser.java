package id.merit.shared;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is asking, as every module's services need it for scope checks: the role, the OPD an OPD head is bound
 * to, the NIP an employee account is bound to.
 */
public record CurrentUser(String username, Role role, String opdCode, String nip) implements java.io.Serializable {

    /** Implemented by the authenticated principal (see identity). */
    public interface Aware {
        CurrentUser currentUser();
    }

    public static Optional<CurrentUser> get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Aware aware) {
            return Optional.of(aware.currentUser());
        }
        return Optional.empty();
    }

    public static CurrentUser require() {
        return get().orElseThrow(() -> new AccessDeniedProblem("not authenticated"));
    }

    /** Name recorded in audit entries: the user, or "system" for start-up and background work. */
    public static String actorName() {
        return get().map(CurrentUser::username).orElse("system");
    }

    public boolean is(Role... roles) {
        for (Role r : roles) {
            if (r == role) {
                return true;
            }
        }
        return false;
    }
}
