package org.curtaincall.platform.control;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.curtaincall.platform.Api;
import org.curtaincall.platform.Api.Reply;
import org.junit.jupiter.api.Test;

/**
 * A stop as an orchestrator asks for it, with SIGTERM: the instance says at once that it is not ready, so that a load
 * balancer sends new requests elsewhere, goes on serving those still arriving through the grace period, and then
 * stops by itself. Starts its own Payara Micro, outside the test container, because it has to signal the process.
 */
class ShutdownGraceIT {

    private static final int GRACE_SECONDS = 8;

    @Test
    void a_stopping_portal_is_not_ready_yet_serves_requests_through_the_grace_period_then_stops() throws Exception {
        Path log = Files.createDirectories(Path.of("target", "shutdown-grace")).resolve("server.log");
        int port = freePort();
        Process portal = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Djava.io.tmpdir=target",
                "-Dcurtaincall.db.url=jdbc:h2:mem:grace;DB_CLOSE_DELAY=-1",
                "-Dcurtaincall.password.iterations=20000", "-Dcurtaincall.demo.kudos-history=36",
                "-Dcurtaincall.shutdown.grace-seconds=" + GRACE_SECONDS,
                "-jar", System.getProperty("payara.microJar"), "--deploy", System.getProperty("portal.war"),
                "--contextroot", "/", "--port", String.valueOf(port), "--nocluster"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            Api api = Api.at(new URL("http://127.0.0.1:" + port + "/"));
            awaitFirstPage(api, portal);
            assertEquals(200, api.as("front", "demo").get("api/kudos").status(), "warmed up before the stop");
            assertEquals(200, api.get("health/ready").status());

            long signalled = System.nanoTime();
            portal.destroy();
            Reply ready = awaitNotReady(api);
            assertTrue(ready.body().contains("\"accepting-requests\"") && ready.body().contains("stopping"),
                    ready.body());
            Api front = api.as("front", "demo");
            assertEquals(200, front.get("api/kudos").status(), "signed in and read the wall while stopping");
            assertEquals(200, api.getAny("security/login.xhtml").status());
            assertTrue(System.nanoTime() - signalled < SECONDS.toNanos(GRACE_SECONDS),
                    "the checks above ran within the grace period");
            assertTrue(portal.isAlive(), "still serving within the grace period");

            assertTrue(portal.waitFor(GRACE_SECONDS + 60, SECONDS), "the portal stops after the grace period");
            assertTrue(System.nanoTime() - signalled >= SECONDS.toNanos(GRACE_SECONDS), "not before it");
            assertEquals(128 + 15, portal.exitValue(), "ended by SIGTERM, not by a crash");
            String output = Files.readString(log);
            assertTrue(output.contains("Stopping in " + GRACE_SECONDS + " s"), "the stop is logged");
            assertFalse(output.contains("Could not drain"), "drained without an error");
            assertFalse(output.contains("A fatal error has been detected"), "no crash while stopping");
        } finally {
            portal.destroyForcibly().waitFor(30, SECONDS);
        }
    }

    private static void awaitFirstPage(Api api, Process portal) throws InterruptedException {
        long until = System.nanoTime() + SECONDS.toNanos(300);
        while (System.nanoTime() < until) {
            assertTrue(portal.isAlive(), "the portal did not start: see target/shutdown-grace/server.log");
            if (statusOrZero(api, "security/login.xhtml") == 200) {
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no first page after 300 s");
    }

    private static Reply awaitNotReady(Api api) throws InterruptedException {
        long until = System.nanoTime() + SECONDS.toNanos(10);
        while (System.nanoTime() < until) {
            Reply ready = api.get("health/ready");
            if (ready.status() == 503) {
                return ready;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("readiness still UP 10 s after SIGTERM");
    }

    private static int statusOrZero(Api api, String path) {
        try {
            return api.getAny(path).status();
        } catch (UncheckedIOException notListeningYet) {
            return 0;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
