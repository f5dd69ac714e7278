package id.merit.identity.domain;

import id.merit.shared.CurrentUser;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated principal; carries the scope every service checks. Serializable for JDBC sessions.
 * {@code mustChangePassword}: the account logged in with a one-time password; {@code PasswordChangeFilter} lets it
 * reach nothing but the change-password page (and answers 403 on the API) until it is changed.
 */
public record MeritUserDetails(CurrentUser user, String passwordHash, boolean enabled, boolean locked, String displayName,
                               boolean mustChangePassword)
        implements UserDetails, CurrentUser.Aware {

    @Serial
    private static final long serialVersionUID = 1L;

    /** A principal without a pending password change. */
    public MeritUserDetails(CurrentUser user, String passwordHash, boolean enabled, boolean locked, String displayName) {
        this(user, passwordHash, enabled, locked, displayName, false);
    }

    @Override
    public CurrentUser currentUser() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
