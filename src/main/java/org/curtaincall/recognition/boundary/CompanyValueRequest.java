package org.curtaincall.recognition.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.curtaincall.recognition.entity.CompanyValue;

/** A company value an admin adds or changes; {@code active} defaults to true. */
public record CompanyValueRequest(
        @NotBlank @Size(max = CompanyValue.NAME_MAX) String name,
        @Size(max = CompanyValue.DESCRIPTION_MAX) String description,
        Boolean active) {
}
