package id.merit.dataimport;

/**
 * One rejected row of an import: {@code line} counts the header as line 1 (interchange.md §2), {@code field} is the
 * column at fault (or null), {@code messageKey}/{@code args} are rendered in Indonesian and English for the report.
 */
public record RowProblem(long line, String field, String messageKey, Object... args) {
}
