package id.merit.dataimport.domain;

import id.merit.audit.AuditAction;
import id.merit.audit.AuditLog;
import id.merit.shared.NotFoundProblem;
import id.merit.dataimport.ImportHandler;
import id.merit.dataimport.ImportOutcome;
import id.merit.dataimport.ImportRequest;
import id.merit.dataimport.RowProblem;
import id.merit.dataimport.TabularFile;
import java.time.Clock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Runs one import: spools the upload to a temporary file (read more than once, streamed, deleted afterwards),
 * checks the header, hands the file to the kind's handler and turns an unreadable file into a report with one
 * problem at line 1. Imports that stored something are recorded in the audit trail.
 */
@Service
public class ImportService {
    private final Clock clock;

    private static final Logger log = LoggerFactory.getLogger(ImportService.class);
    private static final String SPOOL_PREFIX = "merit-import-";
    private static final String SPOOL_SUFFIX = ".upload";
    private final ImportRegistry registry;
    private final AuditLog audit;

    /** The uploaded content, written once to the spool file (e.g. {@code MultipartFile::transferTo}). */
    @FunctionalInterface
    public interface Upload {
        void transferTo(Path target) throws IOException;
    }

    public ImportService(ImportRegistry registry, AuditLog audit, Clock clock) {
        this.clock = clock;
        this.registry = registry;
        this.audit = audit;
    }

    public ImportHandler handler(String kind) {
        return registry.find(kind).orElseThrow(() -> new NotFoundProblem("import.error.unknownKind", kind));
    }

    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public ImportResult run(String kind, String filename, Upload upload, Map<String, String> params, boolean dryRun) {
        ImportHandler handler = handler(kind);
        Path spool = spool(upload);
        try {
            return execute(handler, cleanName(filename), ImportRequest.FileSource.of(spool), params, dryRun, ImportRequest.Progress.NONE);
        } finally {
            delete(spool);
        }
    }

    /** Writes the upload to a new temporary file; the caller deletes it with {@link #delete}. */
    static Path spool(Upload upload) {
        Path spool = null;
        try {
            spool = Files.createTempFile(SPOOL_PREFIX, SPOOL_SUFFIX);
            upload.transferTo(spool);
            return spool;
        } catch (IOException e) {
            delete(spool);
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a spooled import (on the request thread, or on a job's thread with the user's security context). */
    ImportResult execute(ImportHandler handler, String name, ImportRequest.FileSource file, Map<String, String> params, boolean dryRun,
                         ImportRequest.Progress progress) {
        String kind = handler.kind();
        long started = System.nanoTime();
        ImportRequest request = new ImportRequest(kind, name, file, params == null ? Map.of() : Map.copyOf(params), dryRun, progress);
        RowProblem unreadable = unreadable(handler, request);
        ImportOutcome outcome = null;
        if (unreadable == null) {
            try {
                outcome = handler.run(request);
            } catch (TabularFile.MalformedFileException e) {
                unreadable = malformed(e);
            }
        }
        if (unreadable != null) {
            outcome = new ImportOutcome(0, 0, List.of(unreadable), 0);
        }
        ImportResult result = new ImportResult(kind, name, dryRun, handler.atomic(), unreadable != null, outcome);
        log.info("Import {} '{}'{}: {} rows, {} accepted, {} duplicates, {} problems in {} ms", kind, name,
                dryRun ? " (dry run)" : "", outcome.rows(), result.accepted(), outcome.duplicates(),
                outcome.rejected().size(), (System.nanoTime() - started) / 1_000_000);
        if (!dryRun && result.accepted() > 0) {
            audit.event(AuditAction.IMPORT, "IMPORT", kind, "%s: %d accepted, %d duplicates, %d rejected rows"
                    .formatted(name, result.accepted(), outcome.duplicates(), result.rejectedRows()));
        }
        return result;
    }

    /** The problem that makes the file unreadable (a missing column, not a table at all), or null. */
    private static RowProblem unreadable(ImportHandler handler, ImportRequest request) {
        if (handler.columns().isEmpty()) {
            return null;
        }
        try {
            TabularFile.Header header = TabularFile.header(request.file(), handler.columns());
            return header.missing().isEmpty() ? null : missingColumns(header, handler.columns());
        } catch (TabularFile.MalformedFileException e) {
            return malformed(e);
        }
    }

    private static RowProblem malformed(TabularFile.MalformedFileException e) {
        return new RowProblem(1, null, e.messageKey(), e.args());
    }

    /** Names the missing columns; a header holding semicolons was saved with the wrong separator. */
    static RowProblem missingColumns(TabularFile.Header header, List<String> required) {
        String missing = String.join(", ", header.missing());
        if (header.columns().size() == 1 && header.columns().get(0).contains(";")) {
            return new RowProblem(1, String.join(",", header.missing()), "import.error.semicolons");
        }
        return new RowProblem(1, String.join(",", header.missing()), "import.error.missingColumns", missing,
                String.join(",", required));
    }

    /** The base name only, without control characters, at most 120 characters (shown and audited). */
    static String cleanName(String filename) {
        if (filename == null || filename.isBlank()) {
            return "upload";
        }
        String base = filename.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").trim();
        if (base.isEmpty()) {
            return "upload";
        }
        return base.length() <= 120 ? base : base.substring(0, 120);
    }

    /** Deletes spooled uploads older than {@code age} that an earlier run left behind (a crash, a kill). */
    void sweepSpools(java.time.Duration age) {
        java.time.Instant before = java.time.Instant.now(clock).minus(age);
        try (var files = Files.newDirectoryStream(Path.of(System.getProperty("java.io.tmpdir")), SPOOL_PREFIX + "*" + SPOOL_SUFFIX)) {
            for (Path f : files) {
                if (Files.getLastModifiedTime(f).toInstant().isBefore(before)) {
                    delete(f);
                }
            }
        } catch (IOException e) {
            log.warn("Could not sweep old import spool files", e);
        }
    }

    static void delete(Path spool) {
        if (spool == null) {
            return;
        }
        try {
            Files.deleteIfExists(spool);
        } catch (IOException e) {
            log.warn("Could not delete import spool file {}", spool, e);
        }
    }
}
