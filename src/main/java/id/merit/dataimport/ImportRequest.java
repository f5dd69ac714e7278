package id.merit.dataimport;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * An uploaded file for one import kind. {@code params} holds the query parameters (e.g. {@code device_sn} for
 * attlog); {@code dryRun} validates and reports without storing anything; {@code progress} hears how many rows a
 * handler that writes row by row has written (the upload page shows it).
 */
public record ImportRequest(String kind, String filename, FileSource file, Map<String, String> params, boolean dryRun,
                            Progress progress) {

    public ImportRequest(String kind, String filename, FileSource file, Map<String, String> params, boolean dryRun) {
        this(kind, filename, file, params, dryRun, Progress.NONE);
    }

    /** Rows written so far of the rows to write. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void written(long done, long total);
    }

    /** Re-openable file content (the upload is spooled to disk, so large files are streamed). */
    @FunctionalInterface
    public interface FileSource {
        InputStream open() throws IOException;

        /** The spooled file, when there is one (lets readers use random access, e.g. a workbook's ZIP directory). */
        default Path path() {
            return null;
        }

        static FileSource of(Path file) {
            return new FileSource() {
                @Override
                public InputStream open() throws IOException {
                    return java.nio.file.Files.newInputStream(file);
                }

                @Override
                public Path path() {
                    return file;
                }
            };
        }
    }

    public String param(String name) {
        String v = params == null ? null : params.get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }
}
