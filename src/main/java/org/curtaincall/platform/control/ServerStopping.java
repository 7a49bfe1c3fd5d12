package org.curtaincall.platform.control;

/**
 * Fired once, synchronously, when the grace period of a stop has ended and just before the server stops: observers
 * let go of what must not be in use once the JVM's shutdown hooks run.
 */
public record ServerStopping() {
}
