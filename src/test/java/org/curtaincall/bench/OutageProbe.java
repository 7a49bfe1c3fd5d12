package org.curtaincall.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client side of the database-away test. {@code probe} calls the API and a page from several threads for a
 * while and logs every answer (time, request, status, whether the body looks like a stack trace); {@code summarize}
 * splits the log at the moments the database was stopped and started again, counts the answers in each phase and
 * measures how long after the restart the portal answered normally again, without being restarted itself.
 *
 * <p>Plain JDK only. Usage: {@code probe BASE SECONDS LOG} or {@code summarize LOG STOPPED_AT_MS STARTED_AT_MS}.
 */
public final class OutageProbe {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    /** A Java stack frame or an exception class name followed by its message, as in a stack trace. */
    private static final Pattern STACK_TRACE =
            Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\([\\w$]*\\.java:\\d+\\)|[a-z]+\\.[\\w.]+Exception: ");

    private OutageProbe() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "probe" -> probe(args[1].endsWith("/") ? args[1] : args[1] + "/", Integer.parseInt(args[2]),
                    Path.of(args[3]));
            case "summarize" -> System.exit(summarize(Path.of(args[1]), Long.parseLong(args[2]),
                    Long.parseLong(args[3])) ? 0 : 1);
            default -> throw new IllegalArgumentException("probe or summarize, not " + args[0]);
        }
    }

    private static void probe(String base, int seconds, Path log) throws Exception {
        String token = token(base);
        String teamId = firstId(send(base, "GET", "api/teams?q=IT%20Service%20Desk", token, null).body());
        List<String[]> calls = List.of(
                new String[] {"GET", "api/kudos?size=5", null},
                new String[] {"POST", "api/kudos", "{\"teamId\":" + teamId + ",\"rating\":4,\"message\":\"Thanks for "
                        + "keeping the tills running today\"}"},
                new String[] {"GET", "recognition/wall.xhtml", null},
                new String[] {"GET", "api/teams", null});
        long until = System.currentTimeMillis() + seconds * 1000L;
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8))) {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                threads.add(new Thread(() -> {
                    for (int i = offset; System.currentTimeMillis() < until; i++) {
                        String[] call = calls.get(i % calls.size());
                        String line;
                        try {
                            HttpResponse<String> reply = send(base, call[0], call[1], token, call[2]);
                            boolean trace = STACK_TRACE.matcher(reply.body()).find();
                            line = System.currentTimeMillis() + " " + call[0] + " " + call[1] + " "
                                    + reply.statusCode() + " " + (trace ? "TRACE" : "-");
                        } catch (IOException e) {
                            line = System.currentTimeMillis() + " " + call[0] + " " + call[1] + " 0 -";
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        synchronized (out) {
                            out.println(line);
                        }
                        pause(50);
                    }
                }));
            }
            threads.forEach(Thread::start);
            for (Thread thread : threads) {
                thread.join();
            }
        }
    }

    private static boolean summarize(Path log, long stoppedAt, long startedAt) throws IOException {
        String[] phases = {"before", "away", "after"};
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        long lastFailureAfterStart = startedAt;
        long firstSuccessAfterStart = -1;
        long lastAnswer = 0;
        int traces = 0;
        int internalErrors = 0;
        for (String line : Files.readAllLines(log)) {
            String[] f = line.split(" ");
            long at = Long.parseLong(f[0]);
            int status = Integer.parseInt(f[3]);
            String phase = at < stoppedAt ? phases[0] : at < startedAt ? phases[1] : phases[2];
            String kind = status == 0 ? "no answer" : status == 503 ? "503" : status >= 500 ? status + "" : (status / 100)
                    + "xx";
            counts.computeIfAbsent(phase, p -> new TreeMap<>()).merge(kind, 1, Integer::sum);
            traces += f[4].equals("TRACE") ? 1 : 0;
            internalErrors += status == 500 ? 1 : 0;
            lastAnswer = Math.max(lastAnswer, at);
            boolean ok = status >= 200 && status < 300;
            if (at >= startedAt) {
                if (ok && firstSuccessAfterStart < 0) {
                    firstSuccessAfterStart = at;
                }
                if (!ok) {
                    lastFailureAfterStart = Math.max(lastFailureAfterStart, at);
                }
            }
        }
        for (String phase : phases) {
            System.out.printf("%-7s %s%n", phase, counts.getOrDefault(phase, Map.of()));
        }
        boolean recovered = firstSuccessAfterStart > 0 && lastFailureAfterStart < lastAnswer;
        System.out.printf("500 answers: %d; bodies with a stack trace: %d%n", internalErrors, traces);
        System.out.printf("after the database was back: first success after %.1f s, last failure after %.1f s, %s%n",
                (firstSuccessAfterStart - startedAt) / 1000.0, (lastFailureAfterStart - startedAt) / 1000.0,
                recovered ? "recovered without a restart" : "NOT recovered");
        return internalErrors == 0 && traces == 0 && recovered;
    }

    private static String token(String base) throws Exception {
        HttpResponse<String> reply = send(base, "POST", "api/tokens", null,
                "{\"username\":\"front\",\"password\":\"demo\"}");
        Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(reply.body());
        if (!m.find()) {
            throw new IllegalStateException("no token: " + reply.statusCode() + " " + reply.body());
        }
        return m.group(1);
    }

    private static String firstId(String json) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return m.group(1);
    }

    private static HttpResponse<String> send(String base, String method, String path, String token, String json)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(20))
                .header("Accept", path.startsWith("api/") ? "application/json" : "text/html")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
