package org.curtaincall.listening.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.curtaincall.listening.entity.Report;

/** The exact text to remove wherever it occurs in a report and its conversation. */
public record RedactRequest(@NotBlank @Size(max = Report.DESCRIPTION_MAX) String text) {
}
