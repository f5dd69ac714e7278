package id.merit.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Whole-regency figures kept for a time-to-live per key (issue 7: under 50 sessions, pages that computed a year of
 * 100,000 staff per view held both CPUs). One computation per key at a time, in the thread of the request that found
 * the value expired: a request arriving while it runs gets the previous value instead of waiting, so only one visitor
 * per key and period pays for the computation. A value may therefore be up to the time-to-live plus one computation
 * old; pages that show a kept value say when it was computed. A time-to-live of zero keeps nothing.
 *
 * @param <K> what the value depends on (year, scope, ...): an immutable value with equals
 * @param <V> the kept value: immutable, shared between requests
 */
public final class KeptValues<K, V> {

    /** A kept value and the moment its computation started. */
    public record Kept<V>(V value, Instant computedAt) {
    }

    private final Duration ttl;
    private final Clock clock;
    private final int maxKeys;
    private final Map<K, Kept<V>> values = new ConcurrentHashMap<>();
    private final Map<K, ReentrantLock> locks = new ConcurrentHashMap<>();

    public KeptValues(Duration ttl, Clock clock, int maxKeys) {
        this.ttl = ttl.isNegative() ? Duration.ZERO : ttl;
        this.clock = clock;
        this.maxKeys = maxKeys;
    }

    /** The value of {@code key}: kept, the previous one while another request recomputes it, or computed now. */
    public Kept<V> get(K key, Supplier<V> compute) {
        Kept<V> kept = values.get(key);
        if (fresh(kept)) {
            return kept;
        }
        ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
        if (kept != null) {
            if (!lock.tryLock()) {
                return kept; // being recomputed by another request: the previous value meanwhile
            }
        } else {
            lock.lock(); // nothing to show yet: wait for the one computation
        }
        try {
            Kept<V> again = values.get(key);
            if (fresh(again)) {
                return again;
            }
            Kept<V> next = new Kept<>(compute.get(), clock.instant());
            if (!ttl.isZero()) {
                if (values.size() >= maxKeys) {
                    values.keySet().removeIf(k -> !fresh(values.get(k)));
                    if (values.size() >= maxKeys) {
                        values.clear(); // any key can be asked for in a URL: never one kept value per request
                    }
                }
                values.put(key, next);
            }
            return next;
        } finally {
            lock.unlock();
        }
    }

    /** Forgets every kept value (a change made in this instance that they depend on). */
    public void clear() {
        values.clear();
    }

    /** How long a value is kept. */
    public Duration ttl() {
        return ttl;
    }

    private boolean fresh(Kept<V> kept) {
        return kept != null && !ttl.isZero() && clock.instant().isBefore(kept.computedAt().plus(ttl));
    }
}
