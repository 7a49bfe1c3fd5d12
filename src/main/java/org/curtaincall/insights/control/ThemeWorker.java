package org.curtaincall.insights.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.curtaincall.insights.entity.Text;
import org.curtaincall.insights.entity.Theme;
import org.curtaincall.insights.entity.ThemeRun;
import org.curtaincall.platform.control.ServerStopping;
import org.curtaincall.platform.control.Workload;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the themes up to date without ever holding up a page. When kudos or a report is committed
 * ({@link ThemeArrivals}), its text is embedded on a managed thread and joins the nearest theme (cost: one embedding
 * and one cosine per theme). A catch-up embeds what events missed, only in the {@link ThemeWindow}, newest first. A
 * full re-clustering of the window runs every night (configurable), at the first start once the demo data exists,
 * and when HR asks, in the background, reporting its progress for the HR page. Arrivals wait while a full run stores
 * its result, so that no text is assigned to a theme the run has just replaced.
 */
@Singleton
@Startup
@Lock(LockType.READ)
@DependsOn({"DatabaseMigration", "DemoKudos", "DemoReports"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ThemeWorker {

    private static final Logger LOG = Logger.getLogger(ThemeWorker.class.getName());
    private static final int BATCH = 64;
    // Embedding takes a processor away from the requests for about a millisecond per text: while people are being
    // served, a few texts at a time keep any request from waiting long behind a batch (batches of 64 showed as the
    // slowest hundredth of giving kudos).
    private static final int BATCH_WHILE_BUSY = 4;
    private static final Duration GIVE_WAY = Duration.ofSeconds(5);
    private static final String FIRST_RUN = "themes-first-run";
    private static final long FIRST_RUN_DELAY_MS = 3_000;

    /** Where a full run stands, for the progress bar. */
    public record Progress(boolean running, int percent, String problem) {
    }

    @Inject
    Workload workload;

    @Inject
    TextRepository texts;

    @Inject
    ThemeRepository themes;

    @Inject
    ThemeStore store;

    @Inject
    Clock clock;

    @Resource
    ManagedExecutorService executor;

    @Resource
    TimerService timers;

    @Inject
    @ConfigProperty(name = "curtaincall.insights.recluster.hour", defaultValue = "3")
    String reclusterHour;

    @Inject
    @ConfigProperty(name = "curtaincall.insights.recluster.minute", defaultValue = "15")
    String reclusterMinute;

    /** Whether full runs find themes; texts are embedded and stored as they arrive either way. */
    @Inject
    @ConfigProperty(name = "curtaincall.insights.themes.enabled", defaultValue = "true")
    boolean enabled;

    /** Full weeks before the current one whose texts make the themes; older texts are never embedded. */
    @Inject
    @ConfigProperty(name = "curtaincall.insights.themes.window-weeks", defaultValue = "26")
    int windowWeeks;

    /** Most texts a full run reads: the newest of the window, in whole days. */
    @Inject
    @ConfigProperty(name = "curtaincall.insights.themes.max-texts", defaultValue = "100000")
    int maxTexts;

    // Fair, so that an arriving text gets its turn between the batches of a long catch-up.
    private final ReentrantLock writing = new ReentrantLock(true);
    private final ReentrantLock catchingUp = new ReentrantLock();
    private final AtomicBoolean fullRunning = new AtomicBoolean();
    private volatile int percent = 100;
    private volatile String problem;
    private TextEmbedder embedder;
    private ThemeEngine engine;
    private ThemeWindow window;

    @PostConstruct
    void start() {
        window = new ThemeWindow(windowWeeks, maxTexts);
        embedder = new MiniLmTextEmbedder();
        engine = new ThemeEngine(embedder, ThemeSettings.DEFAULTS);
        if (!enabled) {
            timers.createSingleActionTimer(FIRST_RUN_DELAY_MS, new TimerConfig(FIRST_RUN, false));
            return;
        }
        timers.createCalendarTimer(new ScheduleExpression().hour(reclusterHour).minute(reclusterMinute),
                new TimerConfig("themes-recluster", false));
        // The first start (the demo's kudos and reports exist by now): find themes once, soon, in the background.
        timers.createSingleActionTimer(FIRST_RUN_DELAY_MS, new TimerConfig(FIRST_RUN, false));
    }

    /** Picks up anything an event missed (a restart, kudos recorded for the demo history). */
    @Schedule(hour = "*", minute = "*/10", persistent = false)
    public void catchUpOnSchedule() {
        catchUp();
    }

    @Timeout
    public void onTimer(Timer timer) {
        if (FIRST_RUN.equals(timer.getInfo())) {
            if (texts.textsPerDay(window.start(LocalDate.now(clock))).isEmpty()) {
                return;
            }
            if (!enabled || themes.lastRun().isPresent()) {
                // Off the timer thread: after a restart on a large install, the backlog may take minutes.
                executor.submit(this::catchUp);
                return;
            }
        }
        startFullRun();
    }

    /** Starts a full run in the background; false when one is running already. */
    public boolean startFullRun() {
        if (!enabled || !fullRunning.compareAndSet(false, true)) {
            return false;
        }
        percent = 0;
        problem = null;
        try {
            executor.submit(this::fullRun);
        } catch (RuntimeException e) {
            fullRunning.set(false);
            percent = 100;
            problem = "the run could not start; try again in a moment";
            LOG.log(Level.WARNING, "Could not start a themes run", e);
        }
        return true;
    }

    /** No text is embedded once the server stops: the embedding runtime's own shutdown hook frees it. */
    public void stopEmbedding(@Observes ServerStopping stopping) {
        embedder.stop();
    }

    public Progress progress() {
        return new Progress(fullRunning.get(), percent, problem);
    }

    /**
     * Embeds the texts of the window that have no vector yet, newest first, a day at a time, and adds each to the
     * nearest theme of the latest run. Returns at once when a catch-up is under way already.
     */
    public void catchUp() {
        if (!catchingUp.tryLock()) {
            return;
        }
        try {
            embedWindow();
        } catch (RuntimeException e) {
            warn("Could not embed waiting texts; the next catch-up tries again", e);
        } finally {
            catchingUp.unlock();
        }
    }

    /**
     * Embeds what was written since yesterday and has no vector yet: an arriving kudos or report, found without
     * reading the rest of the window (yesterday too, for a text written just before midnight).
     */
    public void embedArrivals() {
        try {
            LocalDate today = LocalDate.now(clock);
            embedDays(today, today.minusDays(1));
        } catch (RuntimeException e) {
            warn("Could not embed arriving texts; the next catch-up tries again", e);
        }
    }

    private void embedWindow() {
        LocalDate today = LocalDate.now(clock);
        embedDays(today, firstDay(today));
    }

    /** The first day a full run reads, and so the oldest that catch-up embeds. */
    private LocalDate firstDay(LocalDate today) {
        return window.firstDay(today, texts.textsPerDay(window.start(today)));
    }

    /*
     * Embedding takes the processor a request would use; while the portal is busy, each batch that embedded something
     * is followed by a wait (a few seconds at most, so that a long backlog still moves on under constant load). Days
     * with nothing to embed cost one look each and no wait.
     */
    private void embedDays(LocalDate newest, LocalDate oldest) {
        for (LocalDate day = newest; !day.isBefore(oldest); day = day.minusDays(1)) {
            while (embedBatch(day)) {
                workload.giveWay(GIVE_WAY);
            }
        }
    }

    /**
     * Embeds a batch of the day's texts without a vector and adds each to the nearest theme; false when none was
     * left. The lock is held for one batch only, and the latest run read inside it, so that arrivals and a full run
     * storing its result take turns with a long catch-up without either losing the other's changes.
     */
    private boolean embedBatch(LocalDate day) {
        writing.lock();
        try {
            int size = workload.busy() ? BATCH_WHILE_BUSY : BATCH;
            List<Text> arrived = new ArrayList<>(texts.kudosWithoutVector(day, size));
            arrived.addAll(texts.reportsWithoutVector(day, size));
            if (arrived.isEmpty()) {
                return false;
            }
            ThemeRun run = themes.latest(LocalDate.now(clock));
            List<float[]> vectors = embedder.embedAll(arrived.stream().map(Text::text).toList());
            List<Text> embedded = new ArrayList<>();
            Map<String, String> themeOf = new HashMap<>();
            Map<String, Theme> changed = new LinkedHashMap<>();
            for (int i = 0; i < arrived.size(); i++) {
                Text text = arrived.get(i).withVector(vectors.get(i));
                embedded.add(text);
                ThemeEngine.Assignment assignment = engine.assign(run, text);
                run = assignment.run();
                assignment.themeId().ifPresent(id -> {
                    themeOf.put(text.id(), id);
                    changed.put(id, assignment.run().theme(id).orElseThrow());
                });
            }
            store.saveArrivals(embedded, themeOf, changed.values());
            return true;
        } finally {
            writing.unlock();
        }
    }

    private void fullRun() {
        try {
            // The run reads stored vectors: first embed what is still waiting, after a catch-up under way ends.
            catchingUp.lock();
            try {
                embedWindow();
            } finally {
                catchingUp.unlock();
            }
            long started = System.nanoTime();
            LocalDate today = LocalDate.now(clock);
            SortedMap<LocalDate, Long> perDay = texts.textsPerDay(window.start(today));
            LocalDate firstDay = window.firstDay(today, perDay);
            long inRun = perDay.tailMap(firstDay).values().stream().mapToLong(Long::longValue).sum();
            WindowTexts current = new WindowTexts(today, firstDay, (int) Math.min(inRun, window.maxTexts()));
            ThemeRun run = engine.recluster(current, themes.latest(today), today, this::advance);
            writing.lock();
            try {
                store.saveRun(run, List.copyOf(current.reembedded.values()), LocalDateTime.now(clock),
                        current.handedOver, window.start(today));
            } finally {
                writing.unlock();
            }
            // How long a run takes on stored vectors, apart from embedding what was waiting: for operators sizing it.
            long seconds = (System.nanoTime() - started) / 1_000_000_000L;
            LOG.info(() -> "Themes run: " + current.handedOver + " texts since " + firstDay + ", "
                    + run.themes().size() + " themes, " + seconds + " s");
            catchUp();
        } catch (RuntimeException e) {
            problem = "the run failed; the previous themes stay until the next run";
            warn("Themes run failed", e);
        } finally {
            percent = 100;
            fullRunning.set(false);
        }
    }

    /**
     * The texts of a full run, read a day at a time, newest first, at most {@code maxTexts}, on each pass the engine
     * makes. A text whose words changed since it was embedded is embedded again here, once, and kept for storing.
     */
    private final class WindowTexts implements ThemeEngine.Texts {

        private final LocalDate today;
        private final LocalDate firstDay;
        private final int expected;
        private final Map<String, Text> reembedded = new LinkedHashMap<>();
        private int handedOver;

        WindowTexts(LocalDate today, LocalDate firstDay, int expected) {
            this.today = today;
            this.firstDay = firstDay;
            this.expected = expected;
        }

        @Override
        public int expected() {
            return expected;
        }

        @Override
        public void forEach(Consumer<Text> each) {
            int count = 0;
            for (LocalDate day = today; !day.isBefore(firstDay) && count < window.maxTexts(); day = day.minusDays(1)) {
                for (Text text : texts.storedOn(day)) {
                    if (count == window.maxTexts()) {
                        break;
                    }
                    each.accept(text.embedded() ? text : reembedded.computeIfAbsent(text.id(),
                            id -> text.withVector(embedder.embed(text.text()))));
                    count++;
                }
            }
            handedOver = count;
        }
    }

    /** A failure is worth a warning, but not the embedder refusing work because the server stops. */
    private static void warn(String message, RuntimeException e) {
        if (e instanceof TextEmbedder.Stopped) {
            LOG.info(() -> message + ": " + e.getMessage());
        } else {
            LOG.log(Level.WARNING, message, e);
        }
    }

    private void advance(int done) {
        // The last few percent are the storing, which the engine does not see.
        percent = Math.min(97, done);
    }
}
