package org.curtaincall.listening.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.curtaincall.listening.entity.Report;

/** Moves a report to its next status, with a message the reporter reads. */
public record StatusRequest(
        @NotNull @Pattern(regexp = "ACKNOWLEDGED|IN_PROGRESS|RESOLVED|DECLINED",
                message = "must be ACKNOWLEDGED, IN_PROGRESS, RESOLVED or DECLINED") String status,
        @NotBlank @Size(max = Report.MESSAGE_MAX) String message) {
}
