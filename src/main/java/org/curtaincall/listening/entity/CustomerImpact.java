package org.curtaincall.listening.entity;

/** How much customers feel the problem, as the reporter sees it. */
public enum CustomerImpact {
    NONE, SOME, SEVERE
}
