package org.curtaincall.recognition.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.curtaincall.platform.control.RuleViolationException;
import org.junit.jupiter.api.Test;

class TeamWebhookTest {

    @Test
    void only_absolute_http_and_https_addresses_are_accepted() {
        assertEquals("https://hooks.slack.com/services/T0/B0/x", TeamWebhook.checked(" https://hooks.slack.com/services/T0/B0/x "));
        assertEquals("http://127.0.0.1:8099/hook", TeamWebhook.checked("http://127.0.0.1:8099/hook"));
        for (String bad : new String[] {"", "file:///etc/passwd", "ftp://example.org/x", "hooks.slack.com/x", "https://"}) {
            assertEquals("url", assertThrows(RuleViolationException.class, () -> TeamWebhook.checked(bad)).field(), bad);
        }
    }
}
