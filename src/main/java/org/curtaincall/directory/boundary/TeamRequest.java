package org.curtaincall.directory.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.curtaincall.directory.entity.Team;

/** What an admin sends to create or replace a team. {@code active} defaults to true; {@code leadIds} to none. */
public record TeamRequest(
        @NotBlank @Size(max = Team.NAME_MAX) String name,
        @NotNull @Pattern(regexp = "FRONT|BACK", message = "must be FRONT or BACK") String stage,
        @Size(max = Team.DESCRIPTION_MAX) String description,
        List<@NotNull Long> leadIds,
        Boolean active) {
}
