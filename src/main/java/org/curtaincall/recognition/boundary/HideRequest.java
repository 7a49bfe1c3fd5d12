package org.curtaincall.recognition.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.curtaincall.recognition.entity.Kudos;

/** Why an admin hides kudos; kept with them. */
public record HideRequest(@NotBlank(message = "say why") @Size(max = Kudos.REASON_MAX) String reason) {
}
