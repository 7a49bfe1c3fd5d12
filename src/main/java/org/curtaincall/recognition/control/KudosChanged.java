package org.curtaincall.recognition.control;

/** Fired when kudos were edited, withdrawn or hidden; observed once the transaction has committed. */
public record KudosChanged(long kudosId, long teamId) {
}
