package id.merit.selection.rules;

import java.util.List;

/**
 * One sentence explaining a failed condition: a message key of {@code selection.properties} and its arguments. The
 * arguments are values (dates, numbers as text or integers, codes as enums) that the page writes in words; they name
 * the record behind the failure (the education, position, SKP year or punishment).
 */
public record Sentence(String key, List<Object> args) {

    public Sentence {
        args = List.copyOf(args);
    }

    static Sentence of(String key, Object... args) {
        return new Sentence(key, List.of(args));
    }
}
