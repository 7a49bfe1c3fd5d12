package org.curtaincall.listening.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.curtaincall.listening.entity.Report;

/** What a reporter files. {@code teamId} (the team or process it concerns) and {@code suggestedFix} are optional. */
public record ReportRequest(
        @NotNull @Pattern(regexp = "PROCESS_BREAKAGE|SUGGESTION|QUESTION",
                message = "must be PROCESS_BREAKAGE, SUGGESTION or QUESTION") String kind,
        Long teamId,
        @NotBlank @Size(max = Report.TITLE_MAX) String title,
        @NotBlank @Size(max = Report.DESCRIPTION_MAX) String description,
        @NotNull @Pattern(regexp = "NONE|SOME|SEVERE", message = "must be NONE, SOME or SEVERE") String customerImpact,
        @Size(max = Report.SUGGESTED_FIX_MAX) String suggestedFix) {
}
