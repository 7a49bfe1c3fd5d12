package org.curtaincall.security.control;

/** A person revoked one of their API tokens; fired within the transaction that revokes it. */
public record TokenRevoked(long personId) {
}
