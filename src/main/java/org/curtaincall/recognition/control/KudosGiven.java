package org.curtaincall.recognition.control;

/** Fired when kudos (or private feedback) were given; observed once the transaction has committed. */
public record KudosGiven(long kudosId, long teamId, boolean publicKudos) {
}
