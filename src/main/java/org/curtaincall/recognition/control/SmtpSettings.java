package org.curtaincall.recognition.control;

/** The SMTP server in effect: what an admin stored, or else the configuration keys. No host means no e-mail. */
public record SmtpSettings(String host, int port, String from, String username, String password) {

    public boolean enabled() {
        return host != null && !host.isBlank();
    }
}
