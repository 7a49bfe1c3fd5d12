package org.curtaincall.insights.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Reports kept in memory for a while, so that readers do not wait for the reads and counts behind them.
 *
 * <ul>
 *   <li>A report is kept for {@code maxAge} from the moment its computation started: its figures are as of then.
 *       A maximum age of zero keeps nothing, and every read computes afresh.</li>
 *   <li>A report is computed once at a time per key: whoever asks while it is being computed waits for that
 *       computation and gets its result (or its failure) instead of starting another.</li>
 *   <li>At most {@code maxEntries} reports are kept; beyond that the one read least recently goes.</li>
 * </ul>
 *
 * @param <K> what a report is for (a period, a team)
 * @param <V> the report
 */
public final class ReportCache<K, V> {

    private final Clock clock;
    private final Duration maxAge;
    private final int maxEntries;
    /** In order of reading, least recent first; guarded by itself. */
    private final LinkedHashMap<K, Kept<V>> kept = new LinkedHashMap<>(16, 0.75f, true);
    private final Map<K, CompletableFuture<Kept<V>>> computing = new ConcurrentHashMap<>();

    private record Kept<V>(V report, Instant computedAt) {
    }

    public ReportCache(Clock clock, Duration maxAge, int maxEntries) {
        if (maxAge.isNegative() || maxEntries < 1) {
            throw new IllegalArgumentException("a cache keeps reports for zero or more seconds, at least one of them");
        }
        this.clock = clock;
        this.maxAge = maxAge;
        this.maxEntries = maxEntries;
    }

    /** Whether reports are kept at all. */
    public boolean keeps() {
        return !maxAge.isZero();
    }

    /**
     * The kept report for {@code key} while it is younger than the maximum age; otherwise computes it, or waits for
     * the computation under way. {@code compute} is given the time the computation starts.
     */
    public V get(K key, Function<Instant, V> compute) {
        if (!keeps()) {
            return compute.apply(clock.instant());
        }
        Kept<V> fresh = fresh(key);
        return fresh != null ? fresh.report() : computeOnce(key, compute, true);
    }

    /** Computes the report for {@code key} again and keeps it, unless a computation is under way already. */
    public void refresh(K key, Function<Instant, V> compute) {
        if (keeps()) {
            computeOnce(key, compute, false);
        }
    }

    /**
     * Whether the report for {@code key} should be computed again now: it is missing, or it expires within
     * {@code lead}.
     */
    public boolean due(K key, Duration lead) {
        Kept<V> entry;
        synchronized (kept) {
            entry = kept.get(key);
        }
        return entry == null || !clock.instant().isBefore(entry.computedAt().plus(maxAge).minus(lead));
    }

    public int size() {
        synchronized (kept) {
            return kept.size();
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    private V computeOnce(K key, Function<Instant, V> compute, boolean freshWillDo) {
        CompletableFuture<Kept<V>> mine = new CompletableFuture<>();
        CompletableFuture<Kept<V>> running = computing.putIfAbsent(key, mine);
        if (running != null) {
            return await(running).report();
        }
        try {
            // A computation may have finished between the first look and taking the key.
            Kept<V> result = freshWillDo ? fresh(key) : null;
            if (result == null) {
                Instant started = clock.instant();
                result = new Kept<>(compute.apply(started), started);
                keep(key, result);
            }
            mine.complete(result);
            return result.report();
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            computing.remove(key, mine);
        }
    }

    private Kept<V> fresh(K key) {
        synchronized (kept) {
            Kept<V> entry = kept.get(key);
            return entry != null && isFresh(entry, clock.instant()) ? entry : null;
        }
    }

    private boolean isFresh(Kept<V> entry, Instant now) {
        return now.isBefore(entry.computedAt().plus(maxAge));
    }

    private void keep(K key, Kept<V> entry) {
        synchronized (kept) {
            kept.put(key, entry);
            Instant now = clock.instant();
            kept.values().removeIf(other -> !isFresh(other, now));
            Iterator<K> leastRecent = kept.keySet().iterator();
            while (kept.size() > maxEntries) {
                leastRecent.next();
                leastRecent.remove();
            }
        }
    }

    private static <V> Kept<V> await(CompletableFuture<Kept<V>> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error cause) {
                throw cause;
            }
            throw e;
        }
    }
}
