package org.curtaincall.security.boundary;

import java.time.LocalDateTime;
import org.curtaincall.security.entity.ApiToken;

/** A token as its owner sees it in the list: never the token itself, which is shown once at creation. */
public record TokenView(long id, String label, LocalDateTime createdAt, LocalDateTime expiresAt,
        LocalDateTime lastUsedAt, LocalDateTime revokedAt, boolean usable) {

    static TokenView of(ApiToken token, LocalDateTime now) {
        return new TokenView(token.getId(), token.getLabel(), token.getCreatedAt(), token.getExpiresAt(),
                token.getLastUsedAt(), token.getRevokedAt(), token.isUsableAt(now));
    }
}
