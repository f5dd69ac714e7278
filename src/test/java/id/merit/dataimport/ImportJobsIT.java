package id.merit.dataimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.merit.dataimport.domain.ImportJobs;
import id.merit.shared.NotFoundProblem;
import id.merit.shared.Role;
import id.merit.support.MeritIntegrationTest;
import id.merit.support.TestUsers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Background imports of the upload page, on the real database with the real handlers (holidays kind). */
@MeritIntegrationTest
class ImportJobsIT {

    @Autowired
    ImportJobs jobs;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    org.springframework.scheduling.config.ScheduledTaskHolder scheduled;

    @AfterEach
    void clear() {
        TestUsers.clear();
    }

    private UUID start(String csv, boolean dryRun) {
        return jobs.start("holidays", "libur.csv", target -> Files.writeString(target, csv, StandardCharsets.UTF_8), Map.of(), dryRun);
    }

    /** Polls the job until it is no longer pending, as the page does (on this thread: it holds the test user). */
    private ImportJobs.JobView await(UUID id) {
        return Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> jobs.view(id), job -> !job.pending());
    }

    /** A date in a far year of its own, so that no other test's holidays are touched. */
    private static String day() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "%d-%02d-%02d".formatted(2090 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28));
    }

    @Test
    void aJobRunsInTheBackgroundWithTheUsersRightsAndKeepsItsReport() {
        TestUsers.runAs(Role.OFFICER, null, null);
        String date = day();
        UUID id = start("date,name\n" + date + ",Libur Uji\n", false);

        ImportJobs.JobView done = await(id);
        assertThat(done.status()).isEqualTo(ImportJobs.Status.DONE);
        assertThat(done.result().accepted()).isEqualTo(1);
        assertThat(done.result().filename()).isEqualTo("libur.csv");
        assertThat(jdbc.queryForObject("SELECT name FROM attendance.holiday WHERE holiday_date = ?::date", String.class, date))
                .isEqualTo("Libur Uji");
        assertThat(jdbc.queryForObject("SELECT actor FROM audit.audit_event WHERE action = 'IMPORT' AND summary LIKE 'libur.csv: 1 accepted%' "
                + "ORDER BY id DESC LIMIT 1", String.class)).isEqualTo(TestUsers.principal(Role.OFFICER, null, null).getUsername());
        assertThat(jobs.recent(10)).extracting(ImportJobs.JobView::id).contains(id);
        // a report older than the retention goes with the next upload
        jdbc.update("UPDATE dataimport.import_job SET created_at = now() - interval '91 days' WHERE id = ?", id);

        // the same file again: every row a duplicate
        assertThat(await(start("date,name\n" + date + ",Libur Uji\n", false)).result().outcome().duplicates()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM dataimport.import_job WHERE id = ?", Integer.class, id)).isZero();
    }

    @Test
    void aRefusedFileIsReportedWithItsLinesAndStoresNothing() {
        TestUsers.runAs(Role.ADMIN, null, null);
        String date = day();
        ImportJobs.JobView done = await(start("date,name\n" + date + ",Libur Uji\n2031-02-30,Tanggal salah\n", false));
        assertThat(done.status()).isEqualTo(ImportJobs.Status.DONE);
        assertThat(done.result().refused()).isTrue();
        assertThat(done.result().rejected()).extracting(p -> p.line() + ":" + p.messageKey()).containsExactly("3:import.error.date");
        assertThat(done.rejectedRows()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM attendance.holiday WHERE holiday_date = ?::date", Integer.class, date)).isZero();

        ImportJobs.JobView dry = await(start("date,name\n" + date + ",Libur Uji\n", true));
        assertThat(dry.dryRun()).isTrue();
        assertThat(dry.result().accepted()).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM attendance.holiday WHERE holiday_date = ?::date", Integer.class, date)).isZero();
    }

    @Test
    void aMasterDataKindReportsTheRowsItHasWritten() {
        TestUsers.runAs(Role.ADMIN, null, null);
        String tag = "J" + Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36, 36L * 36 * 36 * 36 * 36), 36).toUpperCase();
        StringBuilder csv = new StringBuilder("code,name,kind,parent_code\n");
        for (int i = 0; i < 450; i++) {
            csv.append(tag).append('-').append(i).append(",UPT Uji ").append(i).append(",UPT,\n");
        }
        UUID id = jobs.start("opds", "upt.csv", target -> Files.writeString(target, csv, StandardCharsets.UTF_8), Map.of(), true);
        assertThat(await(id).status()).isEqualTo(ImportJobs.Status.DONE);
        // progress is reported after each chunk of 500 rows written and at the end
        assertThat(jdbc.queryForList("SELECT rows_written, rows_to_write FROM dataimport.import_job WHERE id = ?", id))
                .singleElement().satisfies(row -> {
                    assertThat(((Number) row.get("rows_written")).longValue()).isEqualTo(450);
                    assertThat(((Number) row.get("rows_to_write")).longValue()).isEqualTo(450);
                });
    }

    @Test
    void aLongReportKeepsItsFirstProblemsItsLastOneAndTheTotals() {
        TestUsers.runAs(Role.ADMIN, null, null);
        StringBuilder csv = new StringBuilder("date,name\n");
        for (int i = 0; i < 700; i++) {
            csv.append("2031-02-30,Salah ").append(i).append('\n');
        }
        ImportJobs.JobView done = await(start(csv.toString(), true));
        assertThat(done.totalProblems()).isEqualTo(700);
        assertThat(done.rejectedRows()).isEqualTo(700);
        assertThat(done.result().rejected()).hasSize(ImportJobs.PROBLEMS_KEPT);
        assertThat(done.result().rejected().get(0).line()).isEqualTo(2);
        assertThat(done.result().rejected().get(ImportJobs.PROBLEMS_KEPT - 1).line()).isEqualTo(701);
        // arguments come back as the text the report shows
        assertThat(done.result().rejected().get(0).args()).allSatisfy(arg -> assertThat(arg).isInstanceOf(String.class));
    }

    @Test
    void aUserWithThreeImportsUnderWayMustWait() {
        TestUsers.runAs(Role.OFFICER, null, null);
        String officer = TestUsers.principal(Role.OFFICER, null, null).getUsername();
        jdbc.update("DELETE FROM dataimport.import_job WHERE created_by = ? AND status IN ('QUEUED', 'RUNNING')", officer);
        for (int i = 0; i < 3; i++) {
            jdbc.update("INSERT INTO dataimport.import_job (id, kind, filename, dry_run, status, bytes_total, created_by) "
                    + "VALUES (?, 'attlog', 'besar.dat', false, 'RUNNING', 1000, ?)", UUID.randomUUID(), officer);
        }
        try {
            assertThatThrownBy(() -> start("date,name\n" + day() + ",Libur Uji\n", false))
                    .isInstanceOf(id.merit.shared.BusinessProblem.class).hasMessageContaining("import.job.tooMany");
            // a job whose instance fell silent does not count
            jdbc.update("UPDATE dataimport.import_job SET updated_at = now() - interval '5 minutes' WHERE created_by = ? AND filename = 'besar.dat'",
                    officer);
            assertThat(start("date,name\n" + day() + ",Libur Uji\n", true)).isNotNull();
        } finally {
            jdbc.update("DELETE FROM dataimport.import_job WHERE created_by = ? AND filename = 'besar.dat'", officer);
        }
    }

    @Test
    void onlyTheUploaderAndAdministratorsSeeAJob() {
        TestUsers.runAs(Role.OFFICER, null, null);
        UUID id = start("date,name\n" + day() + ",Libur Uji\n", true);
        await(id);
        jdbc.update("UPDATE dataimport.import_job SET created_by = 'petugas-lain' WHERE id = ?", id);
        assertThatThrownBy(() -> jobs.view(id)).isInstanceOf(NotFoundProblem.class);
        assertThat(jobs.recent(50)).extracting(ImportJobs.JobView::id).doesNotContain(id);
        TestUsers.runAs(Role.ADMIN, null, null);
        assertThat(jobs.view(id).status()).isEqualTo(ImportJobs.Status.DONE);
        TestUsers.runAs(Role.OPD_HEAD, "DINKES", null);
        assertThatThrownBy(() -> jobs.view(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> start("date,name\n", false)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aJobWhoseInstanceFellSilentIsShownAsInterrupted() {
        TestUsers.runAs(Role.ADMIN, null, null);
        UUID id = UUID.randomUUID();
        jdbc.update("INSERT INTO dataimport.import_job (id, kind, filename, dry_run, status, bytes_total, bytes_read, created_by, updated_at) "
                + "VALUES (?, 'attlog', 'mesin.dat', false, 'RUNNING', 1000, 400, ?, now() - interval '5 minutes')",
                id, TestUsers.principal(Role.ADMIN, null, null).getUsername());
        assertThat(jobs.view(id).status()).isEqualTo(ImportJobs.Status.INTERRUPTED);
        jdbc.update("UPDATE dataimport.import_job SET updated_at = now() WHERE id = ?", id);
        ImportJobs.JobView running = jobs.view(id);
        assertThat(running.status()).isEqualTo(ImportJobs.Status.RUNNING);
        assertThat(running.percent()).isEqualTo(40);
    }

    /** The heartbeat that keeps a running job from looking interrupted is Spring's @Scheduled task, every second. */
    @Test
    void theHeartbeatIsScheduledEverySecond() {
        assertThat(scheduled.getScheduledTasks()).map(org.springframework.scheduling.config.ScheduledTask::getTask)
                .filteredOn(task -> task.getRunnable().toString().endsWith("ImportJobs.beat"))
                .singleElement()
                .isInstanceOfSatisfying(org.springframework.scheduling.config.FixedDelayTask.class, task -> {
                    assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofSeconds(1));
                    assertThat(task.getInitialDelayDuration()).isEqualTo(Duration.ofSeconds(1));
                });
    }
}
