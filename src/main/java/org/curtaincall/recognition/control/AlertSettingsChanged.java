package org.curtaincall.recognition.control;

/**
 * The SMTP settings or a team's webhook changed. Fired within the transaction, so that what remembers them forgets
 * them once the change is committed.
 */
public record AlertSettingsChanged() {
}
