package org.curtaincall.insights.entity;

/**
 * A report that is computed once and then handed to many readers as the very same object until it expires, so it
 * is never changed after it is made. Its JSON can therefore be written once and sent many times.
 */
public interface KeptReport {
}
