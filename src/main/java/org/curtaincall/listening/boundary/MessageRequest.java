package org.curtaincall.listening.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.curtaincall.listening.entity.Report;

/** A reply from the reporter or an answer from staff. */
public record MessageRequest(@NotBlank @Size(max = Report.MESSAGE_MAX) String message) {
}
