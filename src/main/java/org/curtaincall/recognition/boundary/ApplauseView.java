package org.curtaincall.recognition.boundary;

public record ApplauseView(long kudosId, long applause, boolean applauded) {
}
