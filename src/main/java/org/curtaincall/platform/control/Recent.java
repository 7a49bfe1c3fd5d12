package org.curtaincall.platform.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Values read from the database, remembered for a few seconds by one instance. Forgetting wins over a read that
 * started before it: a value read while it was being changed is never kept, since its read may have seen the old row.
 * A read that found nothing (null) is not kept, so that unknown keys cannot fill the memory. Past {@code maxEntries},
 * everything is forgotten rather than evicted one by one: the map never outgrows its bound.
 */
public final class Recent<K, V> {

    private record Entry<V>(V value, Instant until) {
    }

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();
    /** Moves on with each forgetting, so that a read can tell whether one happened while it ran. */
    private final AtomicLong forgettings = new AtomicLong();
    private final int maxEntries;

    public Recent(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    /** The value remembered for {@code key} if younger than {@code keep}, or else {@code read}'s, then remembered. */
    public V get(K key, Function<K, V> read, Instant now, Duration keep) {
        Entry<V> known = entries.get(key);
        if (known != null && known.until().isAfter(now)) {
            return known.value();
        }
        long before = forgettings.get();
        V value = read.apply(key);
        if (value != null && !keep.isNegative() && !keep.isZero()) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            Entry<V> kept = new Entry<>(value, now.plus(keep));
            entries.put(key, kept);
            // A forgetting during the read, or between it and the put, takes the value out again.
            if (forgettings.get() != before) {
                entries.remove(key, kept);
            }
        }
        return value;
    }

    public void forgetAll() {
        forgettings.incrementAndGet();
        entries.clear();
    }

    public void forget(K key) {
        forgettings.incrementAndGet();
        entries.remove(key);
    }

    public void forgetValues(Predicate<V> which) {
        forgettings.incrementAndGet();
        entries.values().removeIf(entry -> which.test(entry.value()));
    }
}
