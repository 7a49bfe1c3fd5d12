package org.curtaincall.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    /**
     * A transaction that keeps what its writes did only when it commits, and can be made to hold its first run until
     * the test lets it go, or to fail at its commit, as a database that went away does.
     */
    static final class RecordingTransaction extends GroupCommit.NewTransaction {
        final List<List<String>> committed = new CopyOnWriteArrayList<>();
        final ThreadLocal<List<String>> open = new ThreadLocal<>();
        volatile CountDownLatch holdFirst;
        volatile RuntimeException failCommit;

        @Override
        public void run(Runnable work) {
            open.set(new ArrayList<>());
            try {
                work.run();
                if (holdFirst != null) {
                    CountDownLatch hold = holdFirst;
                    holdFirst = null;
                    await(hold);
                }
                if (failCommit != null) {
                    throw failCommit;
                }
                committed.add(open.get());
            } finally {
                open.remove();
            }
        }

        String write(String what) {
            open.get().add(what);
            return what;
        }
    }

    private final RecordingTransaction transaction = new RecordingTransaction();
    private final GroupCommit groupCommit = new GroupCommit();
    private final ExecutorService requests = Executors.newFixedThreadPool(8);

    GroupCommitTest() {
        groupCommit.transaction = transaction;
    }

    @AfterEach
    void stop() {
        requests.shutdownNow();
    }

    @Test
    void writes_waiting_while_a_commit_runs_share_the_next_transaction_and_each_gets_its_own_result() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Future<String> first = firstWriteHeldUntil(release);
        List<Future<String>> waiting = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String name = "kudos " + i;
            waiting.add(requests.submit(() -> groupCommit.write(() -> transaction.write(name))));
        }
        Thread.sleep(200);
        assertEquals(0, transaction.committed.size(), "nothing answered before its commit");
        release.countDown();

        assertEquals("first", first.get(5, TimeUnit.SECONDS));
        for (int i = 0; i < 5; i++) {
            assertEquals("kudos " + i, waiting.get(i).get(5, TimeUnit.SECONDS));
        }
        assertEquals(List.of("first"), transaction.committed.get(0));
        assertEquals(2, transaction.committed.size(), "the five waiting writes in one commit: " + transaction.committed);
        assertEquals(5, transaction.committed.get(1).size());
    }

    @Test
    void a_write_that_fails_fails_alone_and_the_others_of_its_batch_are_committed() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Future<String> first = firstWriteHeldUntil(release);
        RuleViolationException refused = new RuleViolationException("teamId", "team 7 does not exist");
        Future<String> good = requests.submit(() -> groupCommit.write(() -> transaction.write("good")));
        Future<String> bad = requests.submit(() -> groupCommit.write(() -> {
            transaction.write("bad");
            throw refused;
        }));
        Thread.sleep(200);
        release.countDown();

        assertEquals("first", first.get(5, TimeUnit.SECONDS));
        assertEquals("good", good.get(5, TimeUnit.SECONDS));
        Exception failed = assertThrows(Exception.class, () -> bad.get(5, TimeUnit.SECONDS));
        assertSame(refused, failed.getCause());
        assertTrue(transaction.committed.stream().noneMatch(c -> c.contains("bad")), transaction.committed.toString());
        assertTrue(transaction.committed.contains(List.of("good")), transaction.committed.toString());
    }

    @Test
    void when_the_commit_fails_every_write_of_it_fails_with_the_reason() {
        transaction.failCommit = new IllegalStateException("connection refused");
        RuntimeException failed = assertThrows(RuntimeException.class,
                () -> groupCommit.write(() -> transaction.write("lost")));
        assertSame(transaction.failCommit, failed);
        assertEquals(0, transaction.committed.size());
    }

    @Test
    void a_committed_write_returns_while_the_next_commit_is_still_running() throws Exception {
        CountDownLatch releaseFirst = new CountDownLatch(1);
        Future<String> first = firstWriteHeldUntil(releaseFirst);
        Future<String> second = requests.submit(() -> groupCommit.write(() -> transaction.write("second")));
        Future<String> third = requests.submit(() -> groupCommit.write(() -> transaction.write("third")));
        Thread.sleep(200);
        CountDownLatch releaseSecond = holdNextCommitAfter(releaseFirst);
        Future<String> late = requests.submit(() -> groupCommit.write(() -> transaction.write("late")));
        Thread.sleep(200);
        CountDownLatch releaseLate = holdNextCommitAfter(releaseSecond);

        // The commit of "late" is held: the writes committed before it are answered all the same.
        assertEquals("first", first.get(5, TimeUnit.SECONDS));
        assertEquals("second", second.get(5, TimeUnit.SECONDS));
        assertEquals("third", third.get(5, TimeUnit.SECONDS));
        assertFalse(late.isDone());
        releaseLate.countDown();
        assertEquals("late", late.get(5, TimeUnit.SECONDS));
        assertEquals(3, transaction.committed.size(), transaction.committed.toString());
        assertEquals(Set.of("second", "third"), Set.copyOf(transaction.committed.get(1)));
        assertEquals(List.of("late"), transaction.committed.get(2));
    }

    @Test
    void under_contention_every_write_is_committed_exactly_once_and_answered_with_its_own_result() throws Exception {
        int writers = 16;
        int writesEach = 300;
        List<Future<List<String>>> answers = new ArrayList<>();
        ExecutorService crowd = Executors.newFixedThreadPool(writers);
        try {
            for (int w = 0; w < writers; w++) {
                int writer = w;
                answers.add(crowd.submit(() -> {
                    List<String> mine = new ArrayList<>();
                    for (int i = 0; i < writesEach; i++) {
                        String name = writer + "/" + i;
                        mine.add(groupCommit.write(() -> transaction.write(name)));
                    }
                    return mine;
                }));
            }
            for (int w = 0; w < writers; w++) {
                List<String> mine = answers.get(w).get(30, TimeUnit.SECONDS);
                for (int i = 0; i < writesEach; i++) {
                    assertEquals(w + "/" + i, mine.get(i));
                }
            }
        } finally {
            crowd.shutdownNow();
        }
        List<String> stored = transaction.committed.stream().flatMap(List::stream).toList();
        assertEquals(writers * writesEach, stored.size());
        assertEquals(writers * writesEach, new HashSet<>(stored).size(), "no write committed twice");
    }

    /** A first write whose transaction stays open until {@code release}: later writes wait for the writer meanwhile. */
    private Future<String> firstWriteHeldUntil(CountDownLatch release) throws InterruptedException {
        transaction.holdFirst = release;
        Future<String> first = requests.submit(() -> groupCommit.write(() -> transaction.write("first")));
        waitUntil(() -> transaction.holdFirst == null);
        return first;
    }

    /** Lets the held commit go and holds the one after it, which is running once this returns. */
    private CountDownLatch holdNextCommitAfter(CountDownLatch held) throws InterruptedException {
        CountDownLatch next = new CountDownLatch(1);
        transaction.holdFirst = next;
        held.countDown();
        waitUntil(() -> transaction.holdFirst == null);
        return next;
    }

    private static void await(CountDownLatch latch) {
        try {
            assertTrue(latch.await(5, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 500 && !condition.getAsBoolean(); i++) {
            Thread.sleep(10);
        }
        assertTrue(condition.getAsBoolean());
    }
}
