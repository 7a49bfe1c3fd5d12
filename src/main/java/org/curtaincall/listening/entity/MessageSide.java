package org.curtaincall.listening.entity;

/** Which side of the conversation wrote a message: the anonymous reporter or the staff triaging the report. */
public enum MessageSide {
    REPORTER, STAFF
}
