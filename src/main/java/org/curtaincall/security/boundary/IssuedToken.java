package org.curtaincall.security.boundary;

import java.time.LocalDateTime;

/** A freshly issued bearer token; the only moment its value is ever shown. */
public record IssuedToken(String token, long id, LocalDateTime expiresAt) {
}
