package id.merit.professionalism.rules;

import java.util.List;

/**
 * A line of explanation as a message key with arguments, so pages show it in the reader's language. Arguments are
 * Strings, Integers (years, hours: shown without grouping), BigDecimals (scores), LocalDates, nested explanations
 * (labels such as {@code positionKind.PELAKSANA}) or lists of explanations (joined with "; ").
 */
public record Explanation(IpAsnDimension dimension, String key, List<Object> args) {

    public Explanation {
        args = List.copyOf(args);
    }

    static Explanation of(IpAsnDimension dimension, String key, Object... args) {
        return new Explanation(dimension, key, List.of(args));
    }

    /** A label: a key without arguments. */
    static Explanation label(String key) {
        return new Explanation(null, key, List.of());
    }
}
