package org.curtaincall.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The write side of the kill -9 test. {@code drive} gives kudos and files reports from several threads for a while,
 * each carrying a marker made here, and appends the marker of every write answered 201 to a file; errors (the server
 * being killed under it) are counted but never taken as acknowledged. {@code check} reads everything back through the
 * API and reports every acknowledged marker that is missing or present more than once.
 *
 * <p>Plain JDK only, so that it runs from {@code target/test-classes} without Maven while servers come and go.
 * Usage: {@code drive BASE ACK_FILE SECONDS KUDOS_THREADS REPORT_THREADS LABEL} or {@code check BASE ACK_FILE}.
 */
public final class WriteLoad {

    static final String GIVER = "front";
    static final String HR = "hr";
    static final String PASSWORD = "demo";
    static final String THANKED_TEAM = "IT Service Desk";
    static final Pattern MARKER = Pattern.compile("mk-[a-z0-9]+-[0-9]+-[0-9]+");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    private final String base;

    private WriteLoad(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    public static void main(String[] args) throws Exception {
        WriteLoad load = new WriteLoad(args[1]);
        switch (args[0]) {
            case "drive" -> load.drive(Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]),
                    Integer.parseInt(args[5]), args[6]);
            case "check" -> System.exit(load.check(Path.of(args[2])) ? 0 : 1);
            default -> throw new IllegalArgumentException("drive or check, not " + args[0]);
        }
    }

    // --- drive ----------------------------------------------------------------------------------------------------

    private void drive(Path ackFile, int seconds, int kudosThreads, int reportThreads, String label) throws Exception {
        String giver = token(GIVER);
        long teamId = teamId(giver);
        // The kill is timed from here, so that it always falls inside the load.
        System.out.println("ready");
        System.out.flush();
        long until = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        AtomicLong acknowledged = new AtomicLong();
        Map<Integer, AtomicLong> refused = new ConcurrentSkipListMap<>();
        AtomicLong failed = new AtomicLong();
        try (PrintWriter acks = new PrintWriter(Files.newBufferedWriter(ackFile, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < kudosThreads + reportThreads; t++) {
                boolean kudos = t < kudosThreads;
                int thread = t;
                threads.add(new Thread(() -> {
                    for (int seq = 0; System.nanoTime() < until; seq++) {
                        String marker = "mk-" + label + "-" + thread + "-" + seq;
                        try {
                            HttpResponse<String> reply = kudos
                                    ? post("api/kudos", giver, kudosJson(teamId, marker))
                                    : post("api/reports", giver, reportJson(marker));
                            if (reply.statusCode() == 201) {
                                synchronized (acks) {
                                    acks.println((kudos ? "kudos " : "report ") + marker);
                                    acks.flush();
                                }
                                acknowledged.incrementAndGet();
                            } else {
                                refused.computeIfAbsent(reply.statusCode(), status -> new AtomicLong()).incrementAndGet();
                                pause(100);
                            }
                        } catch (IOException e) {
                            // The server is being killed or restarted: not acknowledged, try the next one.
                            failed.incrementAndGet();
                            pause(200);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                    }
                }));
            }
            threads.forEach(Thread::start);
            for (Thread thread : threads) {
                thread.join();
            }
        }
        System.out.printf("drive %s: %d acknowledged, %d refused %s, %d without an answer%n", label,
                acknowledged.get(), refused.values().stream().mapToLong(AtomicLong::get).sum(), refused, failed.get());
    }

    private static String kudosJson(long teamId, String marker) {
        int rating = 3 + ThreadLocalRandom.current().nextInt(3);
        return "{\"teamId\":" + teamId + ",\"rating\":" + rating + ",\"message\":\"Thanks for sorting out the till "
                + "outage so fast " + marker + "\",\"customerStory\":\"The queue moved again.\"}";
    }

    private static String reportJson(String marker) {
        return "{\"kind\":\"PROCESS_BREAKAGE\",\"title\":\"Till froze " + marker + "\",\"description\":\"The till "
                + "froze during the lunch rush and nobody answered the phone.\",\"customerImpact\":\"SOME\"}";
    }

    // --- check ----------------------------------------------------------------------------------------------------

    private boolean check(Path ackFile) throws Exception {
        Map<String, String> acknowledged = new HashMap<>();
        for (String line : Files.readAllLines(ackFile)) {
            String[] parts = line.split(" ");
            if (parts.length == 2) {
                acknowledged.put(parts[1], parts[0]);
            }
        }
        String giver = token(GIVER);
        long teamId = teamId(giver);
        Map<String, Integer> seen = new HashMap<>();
        int pages = 0;
        for (int page = 0; ; page++) {
            String body = get("api/kudos?teamId=" + teamId + "&size=50&page=" + page, giver);
            if (!body.contains("\"message\"")) {
                break;
            }
            count(body, seen);
            pages++;
        }
        count(get("api/reports", token(HR)), seen);
        long lost = 0;
        long duplicates = 0;
        long kudos = 0;
        for (Map.Entry<String, String> ack : acknowledged.entrySet()) {
            int times = seen.getOrDefault(ack.getKey(), 0);
            if (ack.getValue().equals("kudos")) {
                kudos++;
            }
            if (times == 0) {
                lost++;
                System.out.println("LOST " + ack.getValue() + " " + ack.getKey());
            } else if (times > 1) {
                duplicates++;
                System.out.println("DUPLICATE " + ack.getValue() + " " + ack.getKey() + " x" + times);
            }
        }
        // A write that was not acknowledged may or may not have landed, but never twice.
        long unacknowledgedTwice = seen.entrySet().stream()
                .filter(e -> e.getValue() > 1 && !acknowledged.containsKey(e.getKey())).count();
        duplicates += unacknowledgedTwice;
        System.out.printf("check: %d acknowledged (%d kudos, %d reports), %d found in all (%d wall pages), "
                        + "lost %d, duplicates %d%n", acknowledged.size(), kudos, acknowledged.size() - kudos,
                seen.size(), pages, lost, duplicates);
        return lost == 0 && duplicates == 0;
    }

    private static void count(String body, Map<String, Integer> seen) {
        Matcher m = MARKER.matcher(body);
        while (m.find()) {
            seen.merge(m.group(), 1, Integer::sum);
        }
    }

    // --- HTTP -----------------------------------------------------------------------------------------------------

    private String token(String username) throws Exception {
        String body = "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}";
        for (int attempt = 0; ; attempt++) {
            try {
                HttpResponse<String> reply = post("api/tokens", null, body);
                Matcher m = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(reply.body());
                if (reply.statusCode() == 201 && m.find()) {
                    return m.group(1);
                }
                throw new IllegalStateException("no token for " + username + ": " + reply.statusCode());
            } catch (IOException e) {
                if (attempt > 50) {
                    throw e;
                }
                pause(200);
            }
        }
    }

    private long teamId(String token) throws Exception {
        String body = get("api/teams?q=" + URLEncoder.encode(THANKED_TEAM, StandardCharsets.UTF_8), token);
        // Properties come in alphabetical order, so the team's own id comes before those of its leads.
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no team " + THANKED_TEAM + ": " + body);
        }
        return Long.parseLong(m.group(1));
    }

    private String get(String path, String token) throws Exception {
        HttpResponse<String> reply = HTTP.send(request(path, token).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + reply.statusCode() + ": " + reply.body());
        }
        return reply.body();
    }

    private HttpResponse<String> post(String path, String token, String json) throws IOException, InterruptedException {
        return HTTP.send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
