package id.merit.dataimport;

import java.util.List;

/**
 * Turns one row of a kind into a value to store, reporting what is wrong through the {@link RowCheck}. Parsers
 * are pure: lookups (known OPD codes, existing employees) are handed in, so they are unit-tested without Spring.
 * Rows arrive in file order, which lets a parser accept references to rows above (an OPD's parent).
 *
 * @param <T> the parsed row; its {@code equals} decides whether a repeated key is an identical duplicate
 */
public interface RowParser<T> {

    /** The parsed value, or null when the check holds problems. */
    T parse(RowCheck check);

    /** The kind's key (interchange.md §2): a second row with the same key is a duplicate or a conflict. */
    Object key(T value);

    /** The column the duplicate-key problem is reported on, and how the key is named in the message. */
    String keyField();

    String keyLabel();

    /** Checks over the whole file once every row is read (e.g. parent cycles); default none. */
    default List<RowProblem> finish(List<FileValidation.Parsed<T>> rows) {
        return List.of();
    }
}
