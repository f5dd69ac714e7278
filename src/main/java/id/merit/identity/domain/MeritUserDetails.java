package id.merit.identity.domain;

import id.merit.shared.CurrentUser;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The authenticated principal; carries the scope every service checks. Serializable for JDBC sessions. */
public record MeritUserDetails(CurrentUser user, String passwordHash, boolean enabled, boolean locked, String displayName)
        implements UserDetails, CurrentUser.Aware {

    @Serial
    private static final long serialVersionUID = 1L;

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
