package org.curtaincall.directory.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.curtaincall.directory.entity.Person;

/** What an admin sends to create or replace a person. Everyone is an EMPLOYEE; {@code roles} adds to that. */
public record PersonRequest(
        @NotBlank @Size(max = Person.NAME_MAX) String name,
        @NotBlank @Size(max = 64) String username,
        @NotBlank @Email @Size(max = 254) String email,
        Long teamId,
        Set<@NotNull @Pattern(regexp = "EMPLOYEE|TEAM_LEAD|HR|ADMIN",
                message = "must be EMPLOYEE, TEAM_LEAD, HR or ADMIN") String> roles,
        Boolean active) {
}
