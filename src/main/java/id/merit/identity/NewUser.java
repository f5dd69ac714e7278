package id.merit.identity;

import id.merit.shared.Role;

/** A new account; {@code opdCode} is required for OPD_HEAD, {@code nip} for EMPLOYEE. */
public record NewUser(String username, String password, Role role, String opdCode, String nip, String displayName) {
}
