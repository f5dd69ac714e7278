package id.merit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class KeptValuesTests {

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        Instant now = Instant.parse("2026-12-06T03:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final MovingClock clock = new MovingClock();
    private final AtomicInteger computed = new AtomicInteger();

    private String compute() {
        return "v" + computed.incrementAndGet();
    }

    @Test
    void keptForItsTimeToLiveThenComputedAgain() {
        KeptValues<Integer, String> kept = new KeptValues<>(Duration.ofSeconds(60), clock, 10);
        KeptValues.Kept<String> first = kept.get(2025, this::compute);
        assertThat(first.value()).isEqualTo("v1");
        assertThat(first.computedAt()).isEqualTo(clock.now);
        clock.now = clock.now.plusSeconds(59);
        assertThat(kept.get(2025, this::compute)).isSameAs(first);
        assertThat(kept.get(2026, this::compute).value()).as("another key").isEqualTo("v2");
        clock.now = clock.now.plusSeconds(1);
        assertThat(kept.get(2025, this::compute).value()).as("at the time-to-live").isEqualTo("v3");
    }

    @Test
    void zeroKeepsNothingAndClearForgets() {
        KeptValues<Integer, String> none = new KeptValues<>(Duration.ZERO, clock, 10);
        assertThat(none.get(1, this::compute).value()).isEqualTo("v1");
        assertThat(none.get(1, this::compute).value()).isEqualTo("v2");
        KeptValues<Integer, String> kept = new KeptValues<>(Duration.ofSeconds(60), clock, 10);
        assertThat(kept.get(1, this::compute).value()).isEqualTo("v3");
        kept.clear();
        assertThat(kept.get(1, this::compute).value()).isEqualTo("v4");
    }

    @Test
    void atMostMaxKeysAreKept() {
        KeptValues<Integer, String> kept = new KeptValues<>(Duration.ofSeconds(60), clock, 3);
        for (int k = 0; k < 3; k++) {
            kept.get(k, this::compute);
        }
        kept.get(3, this::compute); // full: everything goes
        assertThat(kept.get(0, this::compute).value()).isEqualTo("v5");
    }

    @Test
    void whileOneRequestRecomputesTheOthersGetThePreviousValue() throws Exception {
        KeptValues<Integer, String> kept = new KeptValues<>(Duration.ofSeconds(60), clock, 10);
        KeptValues.Kept<String> old = kept.get(1, this::compute);
        clock.now = clock.now.plusSeconds(61);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<KeptValues.Kept<String>> slow = pool.submit(() -> kept.get(1, () -> {
                started.countDown();
                await(release);
                return compute();
            }));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(kept.get(1, this::compute)).as("served while the other request computes").isSameAs(old);
            release.countDown();
            assertThat(slow.get(5, TimeUnit.SECONDS).value()).isEqualTo("v2");
            assertThat(kept.get(1, this::compute).value()).isEqualTo("v2");
            assertThat(computed).hasValue(2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void withNothingKeptConcurrentRequestsWaitForOneComputation() throws Exception {
        KeptValues<Integer, String> kept = new KeptValues<>(Duration.ofSeconds(60), clock, 10);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<KeptValues.Kept<String>> first = pool.submit(() -> kept.get(1, () -> {
                started.countDown();
                await(release);
                return compute();
            }));
            assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();
            java.util.concurrent.CompletableFuture<KeptValues.Kept<String>> second = new java.util.concurrent.CompletableFuture<>();
            Thread waiter = new Thread(() -> second.complete(kept.get(1, this::compute)));
            waiter.start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (waiter.getState() != Thread.State.WAITING && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(waiter.getState()).as("parked on the key's lock: there is nothing to show yet").isEqualTo(Thread.State.WAITING);
            assertThat(second).isNotDone();
            release.countDown();
            assertThat(first.get(5, TimeUnit.SECONDS).value()).isEqualTo("v1");
            assertThat(second.get(5, TimeUnit.SECONDS).value()).isEqualTo("v1");
            assertThat(computed).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
