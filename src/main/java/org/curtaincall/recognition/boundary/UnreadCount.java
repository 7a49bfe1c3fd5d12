package org.curtaincall.recognition.boundary;

public record UnreadCount(long unread) {
}
