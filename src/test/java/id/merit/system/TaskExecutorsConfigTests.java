package id.merit.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/** The pools keep the semantics of the private executors they replaced (issue 10). */
class TaskExecutorsConfigTests {

    private final TaskExecutorsConfig config = new TaskExecutorsConfig();

    @Test
    void theAuditWriterWritesInQueueOrderOnOneThreadAndDrainsItsQueueOnShutdown() {
        ThreadPoolTaskExecutor writer = config.auditWriter();
        writer.initialize();
        List<Integer> written = new CopyOnWriteArrayList<>();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        CountDownLatch gate = new CountDownLatch(1);
        writer.execute(() -> await(gate)); // holds the thread while the rest queue up
        IntStream.range(0, 500).forEach(i -> writer.execute(() -> {
            threads.add(Thread.currentThread().getName());
            written.add(i);
        }));
        writer.stop(); // the lifecycle's stop (a test context being paused) does not pause it
        gate.countDown();
        writer.destroy(); // waits for the queue to drain

        assertThat(written).containsExactlyElementsOf(IntStream.range(0, 500).boxed().toList());
        assertThat(threads).containsExactly("audit-writer-1");
    }

    @Test
    void theDisciplinePoolComputesOneThingAtATime() {
        ThreadPoolTaskExecutor pool = config.disciplineRecommendations();
        pool.initialize();
        try {
            assertThat(pool.getMaxPoolSize()).isEqualTo(1);
            assertThat(pool.getThreadNamePrefix()).isEqualTo("discipline-recommendations-");
            assertThat(pool.getQueueCapacity()).isEqualTo(Integer.MAX_VALUE);
        } finally {
            pool.destroy();
        }
    }

    @Test
    void importWorkersRunTwoJobsAtOnceAndInterruptRunningOnesOnShutdown() throws InterruptedException {
        ThreadPoolTaskExecutor workers = config.importWorkers();
        workers.initialize();
        CountDownLatch bothRunning = new CountDownLatch(2);
        CountDownLatch interrupted = new CountDownLatch(2);
        CountDownLatch never = new CountDownLatch(1);
        List<Boolean> thirdRan = new CopyOnWriteArrayList<>();
        for (int i = 0; i < 2; i++) {
            workers.execute(() -> {
                bothRunning.countDown();
                try {
                    never.await();
                } catch (InterruptedException e) {
                    interrupted.countDown();
                }
            });
        }
        workers.execute(() -> thirdRan.add(true)); // queued behind the two

        assertThat(bothRunning.await(5, TimeUnit.SECONDS)).isTrue();
        workers.destroy();

        assertThat(interrupted.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(thirdRan).isEmpty();
        assertThat(workers.getThreadPoolExecutor().isTerminated()).isTrue();
    }

    private static void await(CountDownLatch gate) {
        try {
            gate.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
