package id.merit.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The application's background threads, one Spring-managed pool per purpose (no module keeps a private
 * {@code java.util.concurrent.Executors} pool: {@code ArchitectureTests.noPrivateThreadPoolsOrJsonMappers}), and
 * {@code @Scheduled} switched on once for periodic work (the import jobs' heartbeat).
 *
 * <p>The pools are not default candidates: a service asks for one by its bean name ({@code @Qualifier}), and the
 * auto-configured {@code applicationTaskExecutor} stays the default executor ({@code spring.task.execution.mode=force}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TaskExecutorsConfig {

    /** Bean names, as the services' {@code @Qualifier}s spell them. */
    static final String AUDIT_WRITER = "auditWriter";
    static final String DISCIPLINE_RECOMMENDATIONS = "disciplineRecommendations";
    static final String IMPORT_WORKERS = "importWorkers";

    /**
     * {@code audit.AuditLog}'s writer of views and events queued from read-only transactions: ONE thread, so queued
     * records are written in the order they were queued, with an unbounded queue (a view is never refused). On shutdown it
     * keeps accepting work until it is destroyed (after AuditLog, which depends on it, has flushed) and drains its queue,
     * waiting up to 30 s: every queued access record is written before the connection pool closes.
     */
    @Bean(name = AUDIT_WRITER, defaultCandidate = false)
    ThreadPoolTaskExecutor auditWriter() {
        ThreadPoolTaskExecutor e = pool("audit-writer-", 1);
        e.setWaitForTasksToCompleteOnShutdown(true);
        e.setAwaitTerminationSeconds(30);
        return e;
    }

    /**
     * {@code discipline.RecommendationService}'s computation of everyone's yearly figures: one at a time (100,000 staff
     * take seconds, and concurrent callers wait for that one instead of each holding a pooled connection; issue 7).
     * A computation still running at shutdown is interrupted (the figures are a cache).
     */
    @Bean(name = DISCIPLINE_RECOMMENDATIONS, defaultCandidate = false)
    ThreadPoolTaskExecutor disciplineRecommendations() {
        return pool("discipline-recommendations-", 1);
    }

    /**
     * {@code dataimport.ImportJobs}' background imports: two at a time, the rest queued (the service caps how many are
     * queued). On shutdown running imports are interrupted and queued ones dropped, waiting up to 5 s for them to stop;
     * ImportJobs then deletes their spooled files and the jobs show as interrupted.
     */
    @Bean(name = IMPORT_WORKERS, defaultCandidate = false)
    ThreadPoolTaskExecutor importWorkers() {
        ThreadPoolTaskExecutor e = pool("merit-import-", 2);
        e.setAwaitTerminationSeconds(5);
        return e;
    }

    /**
     * {@code threads} daemon threads with an unbounded queue (as {@code Executors.newFixedThreadPool}). They are shut down
     * when the context destroys them, never paused or shut down early by the lifecycle (see {@link UnpausedPool}): a
     * service's {@code @PreDestroy} (which runs first, as the service depends on its pool) may still hand them work.
     * Without {@code waitForTasksToCompleteOnShutdown} the running tasks are interrupted and the queued ones dropped then.
     */
    private static ThreadPoolTaskExecutor pool(String prefix, int threads) {
        ThreadPoolTaskExecutor e = new UnpausedPool();
        e.setCorePoolSize(threads);
        e.setMaxPoolSize(threads);
        e.setThreadNamePrefix(prefix);
        e.setDaemon(true);
        e.setAcceptTasksAfterContextClose(true);
        return e;
    }

    /**
     * A pool that the context's lifecycle {@code stop()} does not pause. Spring pauses a {@link ThreadPoolTaskExecutor}
     * when its context is stopped: the test framework stops a cached context while another one is in use, and one closed
     * while paused never ran AuditLog's final flush (the JVM waited 30 s and was killed). These pools run until the
     * context destroys them, as the private pools they replace did.
     */
    private static final class UnpausedPool extends ThreadPoolTaskExecutor {

        @Override
        public void stop() {
            // not paused: shut down when destroyed
        }

        @Override
        public void stop(Runnable callback) {
            callback.run();
        }
    }
}
