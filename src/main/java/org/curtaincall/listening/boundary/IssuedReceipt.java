package org.curtaincall.listening.boundary;

/** The receipt code for a new report, handed out once and never again. */
public record IssuedReceipt(String receipt) {
}
