package org.curtaincall.security.boundary;

import jakarta.validation.constraints.NotNull;

/** A new password an admin sets for someone. The length rule is the domain's, so it reads the same on pages. */
public record PasswordRequest(@NotNull String password) {
}
