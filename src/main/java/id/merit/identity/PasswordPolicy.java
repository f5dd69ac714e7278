package id.merit.identity;

import java.util.Optional;

/**
 * Minimum password rules: 10+ characters with at least one letter and one digit, not the username (its letters are
 * not just the username, so "admin12345!" is refused while a longer phrase such as "Admin#Test2026" is not).
 */
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
        if (username != null && lettersOf(password).equals(lettersOf(username))) {
            return Optional.of("user.error.passwordContainsUsername");
        }
        return Optional.empty();
    }

    private static String lettersOf(String s) {
        return s.codePoints().filter(Character::isLetter).map(Character::toLowerCase)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
