package org.curtaincall.platform.control;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * A stop asked for with SIGTERM (or SIGINT) first lets this instance drain: for the grace period the readiness
 * check answers DOWN, so that a load balancer sends new requests to other instances, while requests still arriving
 * are served as usual. Then the instance closes: new requests are answered 503 at once, and the requests under way
 * are awaited (at most {@link #CLOSING_LONGEST}). Then {@link ServerStopping} lets go of native resources, and the
 * JVM's own handling of the signal stops the server. A second signal stops at once.
 *
 * <p>The wait happens before the JVM's shutdown hooks, not in one of them: those run all at once, and some
 * libraries' hooks (the clustering layer's, the embedding runtime's) would end what requests and background work
 * still use.
 */
@ApplicationScoped
public class ShutdownGrace {

    private static final Logger LOG = Logger.getLogger(ShutdownGrace.class.getName());
    private static final String[] STOP_SIGNALS = {"TERM", "INT"};
    private static final Duration CLOSING_LONGEST = Duration.ofSeconds(10);

    @Inject
    @ConfigProperty(name = "curtaincall.shutdown.grace-seconds", defaultValue = "5")
    int graceSeconds;

    @Inject
    Event<ServerStopping> stopping;

    @Inject
    Workload workload;

    private final AtomicBoolean started = new AtomicBoolean();
    private volatile boolean closed;
    private final AtomicBoolean released = new AtomicBoolean();
    private final Map<String, SignalHandler> jvmHandlers = new LinkedHashMap<>();
    private ClassLoader applicationLoader;

    void listen(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
        applicationLoader = Thread.currentThread().getContextClassLoader();
        for (String name : STOP_SIGNALS) {
            try {
                jvmHandlers.put(name, Signal.handle(new Signal(name), this::stop));
            } catch (IllegalArgumentException reservedByTheJvm) {
                // With -Xrs the JVM leaves these signals alone: the server then stops without a grace period.
                LOG.warning(() -> "SIG" + name + " stops the server without a grace period: " + reservedByTheJvm);
            }
        }
    }

    @PreDestroy
    void stopListening() {
        jvmHandlers.forEach((name, handler) -> Signal.handle(new Signal(name), handler));
    }

    /** Whether this instance is stopping: it still serves, but should get no new requests. */
    public boolean started() {
        return started.get();
    }

    /** Whether the grace period is over: requests that arrive now are answered 503 without being served. */
    public boolean closed() {
        return closed;
    }

    private void stop(Signal signal) {
        // The JVM runs signal handlers on a thread of its own, outside the application: the server finds the
        // application's beans through the thread's context class loader.
        Thread.currentThread().setContextClassLoader(applicationLoader);
        try {
            if (started.compareAndSet(false, true)) {
                drain(Duration.ofSeconds(Math.max(0, graceSeconds)));
                closed = true;
                if (!workload.awaitIdle(CLOSING_LONGEST)) {
                    LOG.warning(() -> "Stopping with requests still under way after " + CLOSING_LONGEST.toSeconds()
                            + " s");
                }
            }
            if (released.compareAndSet(false, true)) {
                stopping.fire(new ServerStopping());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not drain before stopping", e);
        } finally {
            jvmHandlers.get(signal.getName()).handle(signal);
        }
    }

    private void drain(Duration grace) {
        LOG.info(() -> "Stopping in " + grace.toSeconds() + " s: readiness is DOWN, requests are still served");
        try {
            Thread.sleep(grace.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
