package org.curtaincall.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Writes of concurrent requests committed together: each request hands in its write and waits; whichever request
 * holds the lock runs every write waiting so far in one transaction, so that the database stores one commit for all
 * of them. A write returns only once the transaction holding it has committed, so an answered write is as durable as
 * a commit of its own. If a shared transaction fails, each of its writes is tried again alone, so one request's bad
 * write never fails another's.
 *
 * <p>Callers must not be in a transaction of their own: they would hold a connection while waiting, and the writer
 * needs one.
 */
@ApplicationScoped
public class GroupCommit {

    private final Queue<Write<?>> waiting = new ConcurrentLinkedQueue<>();
    private final ReentrantLock writer = new ReentrantLock();

    @Inject
    NewTransaction transaction;

    /** Runs {@code write} in a transaction shared with the writes of other requests; returns once it committed. */
    public <T> T write(Supplier<T> write) {
        Write<T> mine = new Write<>(write);
        waiting.add(mine);
        writer.lock();
        try {
            if (!mine.done) {
                List<Write<?>> batch = new ArrayList<>();
                for (Write<?> w = waiting.poll(); w != null; w = waiting.poll()) {
                    batch.add(w);
                }
                commit(batch);
            }
        } finally {
            writer.unlock();
        }
        return mine.outcome();
    }

    private void commit(List<Write<?>> batch) {
        try {
            transaction.run(() -> batch.forEach(Write::run));
            batch.forEach(w -> w.done = true);
        } catch (RuntimeException failed) {
            if (batch.size() == 1) {
                batch.get(0).fail(failed);
                return;
            }
            for (Write<?> w : batch) {
                try {
                    transaction.run(w::run);
                    w.done = true;
                } catch (RuntimeException alone) {
                    w.fail(alone);
                }
            }
        } finally {
            // An error (not an exception) leaves writes unfinished: their requests must fail, not read as written.
            batch.stream().filter(w -> !w.done)
                    .forEach(w -> w.fail(new IllegalStateException("the write was not committed")));
        }
    }

    private static final class Write<T> {

        private final Supplier<T> work;
        private T result;
        private RuntimeException failure;
        // Set and read under the writer lock only.
        private boolean done;

        Write(Supplier<T> work) {
            this.work = work;
        }

        void run() {
            result = work.get();
        }

        void fail(RuntimeException e) {
            failure = e;
            done = true;
        }

        T outcome() {
            if (failure != null) {
                throw failure;
            }
            return result;
        }
    }

    /** The transaction a batch runs in: a bean of its own, as a call within one bean passes no interceptor. */
    @ApplicationScoped
    public static class NewTransaction {

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void run(Runnable work) {
            work.run();
        }
    }
}
