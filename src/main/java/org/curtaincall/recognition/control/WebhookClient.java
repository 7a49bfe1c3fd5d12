package org.curtaincall.recognition.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Posts a message to a Slack or Microsoft Teams incoming webhook: both accept {@code {"text": "..."}}. */
@ApplicationScoped
public class WebhookClient {

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** Throws with a short reason (never the message) when the receiver does not answer 2xx. */
    public void post(String url, String text) throws IOException {
        String json = Json.createObjectBuilder().add("text", text).build().toString();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() / 100 != 2) {
                throw new IOException("the receiver answered HTTP " + response.statusCode());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }
}
