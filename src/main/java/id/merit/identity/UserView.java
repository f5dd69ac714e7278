package id.merit.identity;

import id.merit.shared.Role;
import java.time.OffsetDateTime;

/** An account as administration shows it; {@code mustChangePassword}: a one-time password not yet changed. */
public record UserView(long id, String username, String displayName, Role role, String opdCode, String nip, boolean enabled,
                       boolean locked, int failedAttempts, OffsetDateTime lastLoginAt, int version, boolean mustChangePassword) {

    public UserView(long id, String username, String displayName, Role role, String opdCode, String nip, boolean enabled,
                    boolean locked, int failedAttempts, OffsetDateTime lastLoginAt, int version) {
        this(id, username, displayName, role, opdCode, nip, enabled, locked, failedAttempts, lastLoginAt, version, false);
    }
}
