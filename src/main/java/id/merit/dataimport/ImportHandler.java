package id.merit.dataimport;

/**
 * One import kind of interchange.md §2 ({@code opds}, {@code employees}, {@code attlog} ...). Each module provides
 * the handlers for the data it owns as Spring beans; the import endpoint and upload page find them by kind.
 */
public interface ImportHandler {

    /** The {@code {kind}} path segment. */
    String kind();

    /**
     * Atomic (master-data) kinds store nothing when any row is rejected and answer 422; non-atomic kinds
     * (attendance) store every valid row and answer 200.
     */
    boolean atomic();

    /** The header names the file must carry (empty for header-less formats such as attlog). */
    java.util.List<String> columns();

    /** Request parameters the kind needs besides the file ({@code attlog}: {@code device_sn}); the upload page asks for them. */
    default java.util.List<String> parameters() {
        return java.util.List.of();
    }

    ImportOutcome run(ImportRequest request);
}
