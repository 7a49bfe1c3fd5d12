package org.curtaincall.security.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record TokenRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 256) String password,
        @Size(max = 80) String label) {
}
