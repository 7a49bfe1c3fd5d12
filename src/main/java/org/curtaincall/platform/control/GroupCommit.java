package org.curtaincall.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.function.Supplier;

/**
 * Writes of concurrent requests committed together: each request hands in its write and waits; one request at a time
 * leads, running every write waiting so far in one transaction, so that the database stores one commit for all of
 * them. A write returns only once the transaction holding it has committed, so an answered write is as durable as a
 * commit of its own. If a shared transaction fails, each of its writes is tried again alone, so one request's bad
 * write never fails another's.
 *
 * <p>Each write is told on its own when it is done, and the leader hands the lead to the oldest write still waiting:
 * no request waits behind another's commit or behind the other requests of its batch to learn that its write is in.
 *
 * <p>Callers must not be in a transaction of their own: they would hold a connection while waiting, and the leader
 * needs one.
 */
@ApplicationScoped
public class GroupCommit {

    // Guarded by this.
    private final Queue<Write<?>> waiting = new ArrayDeque<>();
    private boolean leaderAtWork;

    @Inject
    NewTransaction transaction;

    /** Runs {@code write} in a transaction shared with the writes of other requests; returns once it committed. */
    public <T> T write(Supplier<T> write) {
        Write<T> mine = new Write<>(write);
        boolean leading;
        synchronized (this) {
            waiting.add(mine);
            leading = !leaderAtWork;
            leaderAtWork = true;
        }
        if (leading || mine.awaitDoneOrLead()) {
            commitWaiting();
        }
        return mine.outcome();
    }

    /** Commits every write waiting, which includes the leader's own, then hands the lead on. */
    private void commitWaiting() {
        List<Write<?>> batch;
        synchronized (this) {
            batch = new ArrayList<>(waiting);
            waiting.clear();
        }
        try {
            commit(batch);
        } finally {
            synchronized (this) {
                Write<?> next = waiting.peek();
                if (next == null) {
                    leaderAtWork = false;
                } else {
                    next.lead();
                }
            }
        }
    }

    private void commit(List<Write<?>> batch) {
        try {
            transaction.run(() -> batch.forEach(Write::run));
            batch.forEach(Write::committed);
        } catch (RuntimeException failed) {
            if (batch.size() == 1) {
                batch.get(0).fail(failed);
                return;
            }
            for (Write<?> w : batch) {
                try {
                    transaction.run(w::run);
                    w.committed();
                } catch (RuntimeException alone) {
                    w.fail(alone);
                }
            }
        } finally {
            // Every write is told it is done, also after an error (not an exception): the writes it cut short fail.
            batch.forEach(Write::finish);
        }
    }

    private static final class Write<T> {

        private final Supplier<T> work;
        // Set by the leader before finish(), read by the writer after it: finish and outcome synchronize on the write.
        private T result;
        private RuntimeException failure;
        private boolean committed;
        // Guarded by this.
        private boolean done;
        private boolean leading;

        Write(Supplier<T> work) {
            this.work = work;
        }

        void run() {
            result = work.get();
        }

        void committed() {
            committed = true;
        }

        void fail(RuntimeException e) {
            failure = e;
        }

        /** A write neither committed nor failed by the time its batch ends was cut short by an error. */
        synchronized void finish() {
            if (!committed && failure == null) {
                failure = new IllegalStateException("the write was not committed");
            }
            done = true;
            notifyAll();
        }

        synchronized void lead() {
            leading = true;
            notifyAll();
        }

        /** Waits until the write is done (false) or its request is to lead (true). Keeps waiting if interrupted. */
        synchronized boolean awaitDoneOrLead() {
            boolean interrupted = false;
            while (!done && !leading) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return !done;
        }

        synchronized T outcome() {
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
