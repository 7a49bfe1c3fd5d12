package org.curtaincall.recognition.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.curtaincall.recognition.entity.TeamWebhook;

/** A Slack or Microsoft Teams incoming-webhook address for a team's kudos. */
public record WebhookRequest(@NotBlank @Size(max = TeamWebhook.URL_MAX) String url) {
}
