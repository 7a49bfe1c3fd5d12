package org.curtaincall.recognition.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The SMTP server for kudos e-mails. An empty host switches e-mail off. Leave {@code password} out to keep the stored
 * one; send "" to clear it.
 */
public record MailSettingsRequest(
        @Size(max = 255) String host,
        @NotNull @Min(1) @Max(65535) Integer port,
        @NotBlank @Size(max = 254) String from,
        @Size(max = 254) String username,
        @Size(max = 255) String password) {
}
