package id.merit.identity.domain;

import id.merit.identity.PasswordPolicy;
import java.util.random.RandomGenerator;

/**
 * One-time passwords handed over on paper: 10 characters from letters and digits without those a reader confuses
 * (0/O/o, 1/I/l), always at least one letter and one digit, so that it passes {@link PasswordPolicy}. 56 symbols to
 * the power 10 is about 2^58 possibilities; pass a {@code SecureRandom} in production.
 */
public final class OneTimePasswords {
    /** Upper case without I and O, lower case without l and o, digits 2–9. */
    public static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
    public static final int LENGTH = PasswordPolicy.MIN_LENGTH;

    private OneTimePasswords() {
    }

    public static String generate(RandomGenerator random) {
        char[] out = new char[LENGTH];
        while (true) {
            boolean letter = false;
            boolean digit = false;
            for (int i = 0; i < LENGTH; i++) {
                char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
                letter |= Character.isLetter(c);
                digit |= Character.isDigit(c);
                out[i] = c;
            }
            if (letter && digit) { // no digit happens in about one draw in five: draw again rather than bias a position
                return new String(out);
            }
        }
    }
}
