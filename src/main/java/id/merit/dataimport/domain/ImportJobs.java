package id.merit.dataimport.domain;

import id.merit.shared.BusinessProblem;
import id.merit.shared.CurrentUser;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.Role;
import id.merit.dataimport.ImportHandler;
import id.merit.dataimport.ImportOutcome;
import id.merit.dataimport.ImportRequest;
import id.merit.dataimport.RowProblem;
import jakarta.annotation.PreDestroy;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Imports started from the upload page, run in the background so that a large file neither holds the browser's
 * request open nor is lost to a proxy timeout: the upload is spooled, a job row is written, and the import runs on
 * one of the two threads of the {@code importWorkers} pool ({@code system.TaskExecutorsConfig}) with the uploader's
 * security context. Progress (bytes of the file read so far) and
 * the result live in {@code dataimport.import_job}, so any instance can show them. The running instance refreshes
 * its jobs every {@value #HEARTBEAT_SECONDS} s ({@code @Scheduled}; the page polls every second); a job silent for longer than
 * {@link #SILENCE} was interrupted. A job is shown to the user who started it and to administrators.
 */
@Service
public class ImportJobs {

    /** What a job is doing; INTERRUPTED is derived (its instance stopped before it finished). */
    public enum Status { QUEUED, RUNNING, DONE, FAILED, INTERRUPTED }

    /**
     * A job as the page shows it. {@code percent} is the share of the file read (null when unknown, e.g. an .xlsx read
     * by random access); {@code rowsWritten} of {@code rowsToWrite} (0 of 0 when the kind does not say) tells how far
     * a row-by-row writer has got; {@code result} is set once DONE, with at most {@value #PROBLEMS_KEPT} problems listed of
     * {@code totalProblems}.
     */
    public record JobView(UUID id, String kind, String filename, boolean dryRun, Status status, Integer percent, long rowsWritten,
                          long rowsToWrite, ImportResult result, long rejectedRows, int totalProblems, OffsetDateTime createdAt) {
        public boolean pending() {
            return status == Status.QUEUED || status == Status.RUNNING;
        }

        /** The file has been read: the handler is storing (or counting) what it parsed. */
        public boolean storing() {
            return status == Status.RUNNING && (rowsToWrite > 0 || percent != null && percent >= 100);
        }

        /** Share of the rows written, when the kind reports it. */
        public Integer writtenPercent() {
            return rowsToWrite > 0 ? (int) Math.min(100, rowsWritten * 100 / rowsToWrite) : null;
        }
    }

    /** The result as stored: the outcome's problems capped, with the totals needed for the report. */
    record StoredResult(String kind, String filename, boolean dryRun, boolean atomic, boolean unreadable, long accepted,
                        long duplicates, long rows, long rejectedRows, int totalProblems, List<StoredProblem> problems) {
    }

    /** Arguments as the report renders them ({@code ImportMessages.localized}: null as "", anything else as text). */
    record StoredProblem(long line, String field, String messageKey, List<String> args) {
    }

    static final int HEARTBEAT_SECONDS = 1;
    static final Duration SILENCE = Duration.ofSeconds(60);
    /** Problems kept with a job's result (and shown on the page); the totals are kept apart. */
    public static final int PROBLEMS_KEPT = 500;
    static final int PENDING_PER_USER = 3;
    static final int RETENTION_DAYS = 90;
    static final int PENDING_PER_INSTANCE = 20;
    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);
    /** Jobs with whether they fell silent (the first parameter: {@link #SILENCE} in seconds). */
    private static final String SELECT = "SELECT *, now() - updated_at > make_interval(secs => ?) AS silent FROM dataimport.import_job ";

    private final ImportService imports;
    private final JdbcTemplate jdbc;
    /** The application's configured mapper (Spring Boot's {@code JsonMapper} bean). */
    private final JsonMapper json;
    private final ThreadPoolTaskExecutor workers;
    /** This instance's queued and running jobs: bytes read, rows written of rows to write, and the spooled file. */
    private record Local(AtomicLong read, AtomicLong written, AtomicLong toWrite, Path spool) {
    }

    private final Map<UUID, Local> local = new ConcurrentHashMap<>();

    public ImportJobs(ImportService imports, JdbcTemplate jdbc, JsonMapper json, @Qualifier("importWorkers") ThreadPoolTaskExecutor workers) {
        this.imports = imports;
        this.jdbc = jdbc;
        this.json = json;
        this.workers = workers;
        imports.sweepSpools(Duration.ofDays(1));
    }

    /**
     * Stops the workers (running imports are interrupted, queued ones dropped; up to 5 s); the spooled files of jobs that
     * could not finish are deleted (the jobs show as interrupted). The scheduler has stopped the heartbeat already.
     */
    @PreDestroy
    void stop() {
        workers.shutdown();
        local.values().forEach(l -> ImportService.delete(l.spool()));
    }

    /**
     * Spools the upload, records the job and queues it; returns at once. A user may have {@value #PENDING_PER_USER} jobs
     * waiting or running, an instance {@value #PENDING_PER_INSTANCE} (uploads are large files on the server's disk).
     */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public UUID start(String kind, String filename, ImportService.Upload upload, Map<String, String> params, boolean dryRun) {
        ImportHandler handler = imports.handler(kind);
        String name = ImportService.cleanName(filename);
        Integer mine = jdbc.queryForObject("SELECT count(*) FROM dataimport.import_job WHERE created_by = ? AND status IN ('QUEUED', 'RUNNING') "
                + "AND now() - updated_at <= make_interval(secs => ?)", Integer.class, CurrentUser.actorName(), SILENCE.toSeconds());
        if (mine != null && mine >= PENDING_PER_USER) {
            throw new BusinessProblem(null, "import.job.tooMany");
        }
        if (local.size() >= PENDING_PER_INSTANCE) {
            throw new BusinessProblem(null, "import.job.busy");
        }
        // reports name staff (NIPs in problems): kept as long as an officer may come back to them, not for ever
        jdbc.update("DELETE FROM dataimport.import_job WHERE created_at < now() - make_interval(days => ?)", RETENTION_DAYS);
        Path spool = ImportService.spool(upload);
        UUID id = UUID.randomUUID();
        Local job = new Local(new AtomicLong(), new AtomicLong(), new AtomicLong(), spool);
        try {
            jdbc.update("INSERT INTO dataimport.import_job (id, kind, filename, dry_run, status, bytes_total, created_by) "
                    + "VALUES (?, ?, ?, ?, 'QUEUED', ?, ?)", id, kind, name, dryRun, Files.size(spool), CurrentUser.actorName());
            local.put(id, job);
            Map<String, String> copy = params == null ? Map.of() : Map.copyOf(params);
            // a copy: the request's context object may be changed or cleared while the job runs
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
            workers.execute(new DelegatingSecurityContextRunnable(() -> work(id, handler, name, job, copy, dryRun), context));
            return id;
        } catch (IOException | RuntimeException e) {
            local.remove(id);
            ImportService.delete(spool);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    private void work(UUID id, ImportHandler handler, String name, Local job, Map<String, String> params, boolean dryRun) {
        try {
            jdbc.update("UPDATE dataimport.import_job SET status = 'RUNNING', updated_at = now() WHERE id = ?", id);
            ImportResult result = imports.execute(handler, name, counting(job.spool(), job.read()), params, dryRun, (done, total) -> {
                job.toWrite().set(total);
                job.written().set(done);
            });
            jdbc.update("UPDATE dataimport.import_job SET status = 'DONE', bytes_read = ?, rows_written = ?, rows_to_write = ?, "
                    + "result = ?::jsonb, updated_at = now(), finished_at = now() WHERE id = ?", job.read().get(), job.written().get(),
                    job.toWrite().get(), json.writeValueAsString(stored(result)), id);
        } catch (RuntimeException | Error e) {
            log.error("Import job {} ({} '{}') failed", id, handler.kind(), name, e);
            try {
                jdbc.update("UPDATE dataimport.import_job SET status = 'FAILED', updated_at = now(), finished_at = now() WHERE id = ?", id);
            } catch (RuntimeException second) {
                log.error("Import job {}: could not record the failure", id, second);
            }
            if (e instanceof Error error) {
                throw error;
            }
        } finally {
            local.remove(id);
            ImportService.delete(job.spool());
        }
    }

    /** Writes the progress of this instance's jobs and shows that they are alive. */
    @Scheduled(initialDelay = HEARTBEAT_SECONDS, fixedDelay = HEARTBEAT_SECONDS, timeUnit = java.util.concurrent.TimeUnit.SECONDS)
    void beat() {
        try {
            local.forEach((id, job) -> jdbc.update("UPDATE dataimport.import_job SET bytes_read = ?, rows_written = ?, rows_to_write = ?, "
                    + "updated_at = now() WHERE id = ? AND status IN ('QUEUED', 'RUNNING')", job.read().get(), job.written().get(), job.toWrite().get(), id));
        } catch (RuntimeException | Error e) {
            // a failed beat is a warning, not the scheduler's error: the next one retries, and a job silent for
            // longer than SILENCE shows as interrupted
            log.warn("Import job heartbeat failed", e);
        }
    }

    /** The job, for the user who started it or an administrator (anyone else: not found). */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public JobView view(UUID id) {
        boolean admin = CurrentUser.require().is(Role.ADMIN);
        return jdbc.query(SELECT + "WHERE id = ? AND (created_by = ? OR ?)", (rs, i) -> view(rs), SILENCE.toSeconds(), id, CurrentUser.actorName(), admin)
                .stream().findFirst().orElseThrow(() -> new NotFoundProblem("import.job.notFound", id));
    }

    /** The current user's latest jobs, newest first. */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public List<JobView> recent(int limit) {
        return jdbc.query(SELECT + "WHERE created_by = ? ORDER BY created_at DESC LIMIT ?", (rs, i) -> view(rs), SILENCE.toSeconds(), CurrentUser.actorName(), limit);
    }

    /** How far back the landing page looks for the current user's failed imports. */
    public static final int FAILED_DAYS = 7;

    /**
     * The current user's imports of the last {@value #FAILED_DAYS} days that need another look, newest first: the job
     * failed or was interrupted, or a real (not dry) run rejected rows. The landing page counts them and the upload
     * page lists exactly these ({@code /imports?failed}).
     */
    @PreAuthorize("hasAnyRole('ADMIN','OFFICER')")
    public List<JobView> failedRecently() {
        return jdbc.query(SELECT + "WHERE created_by = ? AND created_at > now() - make_interval(days => ?) ORDER BY created_at DESC",
                        (rs, i) -> view(rs), SILENCE.toSeconds(), CurrentUser.actorName(), FAILED_DAYS).stream()
                .filter(j -> j.status() == Status.FAILED || j.status() == Status.INTERRUPTED
                        || j.status() == Status.DONE && !j.dryRun() && j.rejectedRows() > 0)
                .toList();
    }

    private JobView view(ResultSet rs) throws SQLException {
        Status status = Status.valueOf(rs.getString("status"));
        if ((status == Status.QUEUED || status == Status.RUNNING) && rs.getBoolean("silent")) {
            status = Status.INTERRUPTED;
        }
        long total = rs.getLong("bytes_total");
        long read = rs.getLong("bytes_read");
        Integer percent = status == Status.RUNNING && read > 0 && total > 0 ? (int) Math.min(100, read * 100 / total) : null;
        String stored = rs.getString("result");
        StoredResult r = stored == null ? null : json.readValue(stored, StoredResult.class);
        ImportResult result = r == null ? null : new ImportResult(r.kind(), r.filename(), r.dryRun(), r.atomic(), r.unreadable(),
                new ImportOutcome(r.accepted(), r.duplicates(), r.problems().stream()
                        .map(p -> new RowProblem(p.line(), p.field(), p.messageKey(), p.args().toArray(Object[]::new))).toList(), r.rows()));
        return new JobView(rs.getObject("id", UUID.class), rs.getString("kind"), rs.getString("filename"), rs.getBoolean("dry_run"), status,
                percent, rs.getLong("rows_written"), rs.getLong("rows_to_write"), result, r == null ? 0 : r.rejectedRows(), r == null ? 0 : r.totalProblems(),
                rs.getTimestamp("created_at").toInstant().atZone(ZoneId.systemDefault()).toOffsetDateTime());
    }

    private static StoredResult stored(ImportResult r) {
        List<RowProblem> all = r.rejected();
        // the last problem stays when the list is cut: the attendance kinds end theirs with "n more rejected"
        List<RowProblem> kept = all.size() <= PROBLEMS_KEPT ? all
                : java.util.stream.Stream.concat(all.subList(0, PROBLEMS_KEPT - 1).stream(), java.util.stream.Stream.of(all.get(all.size() - 1))).toList();
        List<StoredProblem> problems = kept.stream().map(p -> new StoredProblem(p.line(), p.field(), p.messageKey(),
                p.args() == null ? List.of() : java.util.Arrays.stream(p.args()).map(a -> a == null ? "" : a.toString()).toList())).toList();
        return new StoredResult(r.kind(), r.filename(), r.dryRun(), r.atomic(), r.unreadable(), r.accepted(), r.outcome().duplicates(),
                r.outcome().rows(), r.rejectedRows(), r.rejected().size(), problems);
    }

    /** The spooled file, counting the bytes read through streams (a workbook read by random access is not counted). */
    private static ImportRequest.FileSource counting(Path spool, AtomicLong read) {
        return new ImportRequest.FileSource() {
            @Override
            public InputStream open() throws IOException {
                read.set(0);
                return new FilterInputStream(Files.newInputStream(spool)) {
                    @Override
                    public int read() throws IOException {
                        int b = super.read();
                        if (b >= 0) {
                            read.incrementAndGet();
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buf, int off, int len) throws IOException {
                        int n = super.read(buf, off, len);
                        if (n > 0) {
                            read.addAndGet(n);
                        }
                        return n;
                    }
                };
            }

            @Override
            public Path path() {
                return spool;
            }
        };
    }
}
