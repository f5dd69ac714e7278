package id.merit.identity;

import id.merit.shared.Role;
import java.time.OffsetDateTime;

public record UserView(long id, String username, String displayName, Role role, String opdCode, String nip, boolean enabled,
                       boolean locked, int failedAttempts, OffsetDateTime lastLoginAt, int version) {
}
