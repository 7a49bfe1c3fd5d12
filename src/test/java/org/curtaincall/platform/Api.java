package org.curtaincall.platform;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/** A small JSON client for testing the API from outside, as any integration would call it. */
public final class Api {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final URI base;
    private final String token;
    private final List<String[]> headers;

    private Api(URI base, String token, List<String[]> headers) {
        this.base = base;
        this.token = token;
        this.headers = headers;
    }

    public static Api at(URL base) {
        return new Api(URI.create(base.toString().endsWith("/") ? base.toString() : base + "/"), null, List.of());
    }

    /** A client signed in as the given user through POST /api/tokens. */
    public Api as(String username, String password) {
        Reply reply = post("api/tokens", Json.createObjectBuilder()
                .add("username", username).add("password", password).build().toString());
        if (reply.status() != 201) {
            throw new IllegalStateException("could not sign in " + username + ": " + reply);
        }
        return withToken(reply.json().getString("token"));
    }

    public Api withToken(String bearer) {
        return new Api(base, bearer, headers);
    }

    public Api withHeader(String name, String value) {
        List<String[]> more = new ArrayList<>(headers);
        more.add(new String[] {name, value});
        return new Api(base, token, more);
    }

    public Reply get(String path) {
        return send(request(path).GET());
    }

    /** A GET that accepts any content type, for pages and documents that are not JSON. */
    public Reply getAny(String path) {
        return send(request(path).setHeader("Accept", "*/*").GET());
    }

    public Reply post(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply put(String path, String json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Reply delete(String path) {
        return send(request(path).DELETE());
    }

    public Reply send(String method, String path, String contentType, String body) {
        HttpRequest.Builder builder = request(path);
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder.method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        headers.forEach(h -> builder.header(h[0], h[1]));
        return builder;
    }

    /** The id of the first team whose name matches {@code name}, looked up as any client would. */
    public long teamId(String name) {
        return get("api/teams?q=" + URLEncoder.encode(name, StandardCharsets.UTF_8)).array().getJsonObject(0)
                .getJsonNumber("id").longValue();
    }

    /** Sends {@code times} requests at once, as many clicks or clients racing each other, and answers them in order. */
    public static List<Reply> atOnce(int times, IntFunction<Reply> request)
            throws InterruptedException, ExecutionException, TimeoutException {
        ExecutorService senders = Executors.newFixedThreadPool(times);
        try {
            List<Future<Reply>> replies = new ArrayList<>();
            for (int i = 0; i < times; i++) {
                int number = i;
                replies.add(senders.submit(() -> request.apply(number)));
            }
            List<Reply> answered = new ArrayList<>();
            for (Future<Reply> reply : replies) {
                answered.add(reply.get(60, TimeUnit.SECONDS));
            }
            return answered;
        } finally {
            senders.shutdownNow();
        }
    }

    private static Reply send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = HTTP.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response: status, raw body and headers. */
    public record Reply(int status, String body, HttpResponse<String> response) {

        public JsonObject json() {
            return (JsonObject) value();
        }

        public JsonArray array() {
            return (JsonArray) value();
        }

        public JsonValue value() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readValue();
            }
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        /** The field named by the first entry of an error body's "errors" list. */
        public String errorField() {
            var errors = json().getJsonArray("errors");
            return errors.isEmpty() ? null : errors.getJsonObject(0).getString("field");
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
