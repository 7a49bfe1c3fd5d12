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
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.curtaincall.insights.entity.Text;
import org.curtaincall.insights.entity.Theme;
import org.curtaincall.insights.entity.ThemeRun;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps the themes up to date without ever holding up a page. When kudos or a report is committed
 * ({@link ThemeArrivals}), its text is embedded on a managed thread and joins the nearest theme (cost: one embedding and one cosine per theme). A full
 * re-clustering runs every night (configurable), at the first start once the demo data exists, and when HR asks,
 * in the background, reporting its progress for the HR page. Arrivals wait while a full run stores its result, so
 * that no text is assigned to a theme the run has just replaced.
 */
@Singleton
@Startup
@Lock(LockType.READ)
@DependsOn({"DatabaseMigration", "DemoKudos", "DemoReports"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ThemeWorker {

    private static final Logger LOG = Logger.getLogger(ThemeWorker.class.getName());
    private static final int BATCH = 64;
    private static final String FIRST_RUN = "themes-first-run";
    private static final long FIRST_RUN_DELAY_MS = 3_000;

    /** Where a full run stands, for the progress bar. */
    public record Progress(boolean running, int percent, String problem) {
    }

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

    private final ReentrantLock writing = new ReentrantLock();
    private final AtomicBoolean fullRunning = new AtomicBoolean();
    private volatile int percent = 100;
    private volatile String problem;
    private TextEmbedder embedder;
    private ThemeEngine engine;

    @PostConstruct
    void start() {
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
            catchUp();
            if (!enabled || themes.lastRun().isPresent() || texts.current().isEmpty()) {
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

    public Progress progress() {
        return new Progress(fullRunning.get(), percent, problem);
    }

    /** Embeds texts that arrived since the last call and adds each to the nearest theme of the latest run. */
    public void catchUp() {
        writing.lock();
        try {
            ThemeRun run = null;
            while (true) {
                List<Text> arrived = new ArrayList<>(texts.kudosWithoutVector(BATCH));
                arrived.addAll(texts.reportsWithoutVector(BATCH));
                if (arrived.isEmpty()) {
                    return;
                }
                if (run == null) {
                    run = themes.latest(LocalDate.now(clock));
                }
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
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not embed arriving texts; the next catch-up tries again", e);
        } finally {
            writing.unlock();
        }
    }

    private void fullRun() {
        try {
            List<Text> current = texts.current();
            List<Text> stale = current.stream().filter(text -> !text.embedded()).toList();
            LocalDate today = LocalDate.now(clock);
            ThemeRun run = engine.recluster(current, themes.latest(today), today, this::advance);
            List<Text> reembedded = stale.isEmpty() ? List.of() : embeddedAgain(stale);
            writing.lock();
            try {
                store.saveRun(run, reembedded, LocalDateTime.now(clock), current.size());
            } finally {
                writing.unlock();
            }
            LOG.info(() -> "Themes run: " + current.size() + " texts, " + run.themes().size() + " themes");
            catchUp();
        } catch (RuntimeException e) {
            problem = "the run failed; the previous themes stay until the next run";
            LOG.log(Level.WARNING, "Themes run failed", e);
        } finally {
            percent = 100;
            fullRunning.set(false);
        }
    }

    /* The engine embeds changed texts for its run but does not hand the vectors back; they are few (edits, redactions). */
    private List<Text> embeddedAgain(List<Text> stale) {
        List<float[]> vectors = embedder.embedAll(stale.stream().map(Text::text).toList());
        List<Text> again = new ArrayList<>();
        for (int i = 0; i < stale.size(); i++) {
            again.add(stale.get(i).withVector(vectors.get(i)));
        }
        return again;
    }

    private void advance(int done) {
        // The last few percent are the storing, which the engine does not see.
        percent = Math.min(97, done);
    }
}
