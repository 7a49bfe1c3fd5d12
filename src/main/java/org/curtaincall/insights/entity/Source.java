package org.curtaincall.insights.entity;

/** Where a text came from: the front stage thanking (kudos) or the back stage speaking up (reports). */
public enum Source {
    KUDOS,
    REPORT
}
