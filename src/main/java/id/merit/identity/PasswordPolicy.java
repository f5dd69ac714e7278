package id.merit.identity;

import java.util.Optional;

/** Minimum password rules: 10+ characters with at least one letter and one digit, not the username itself. */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    /** The message key of the first rule broken, if any. */
    public static Optional<String> check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("user.error.passwordShort");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return Optional.of("user.error.passwordWeak");
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            return Optional.of("user.error.passwordContainsUsername");
        }
        return Optional.empty();
    }
}
