package org.curtaincall.recognition.boundary;

/** The SMTP settings in effect, without the password. */
public record MailSettingsView(boolean enabled, String host, int port, String from, String username,
        boolean passwordSet) {
}
