package org.curtaincall.recognition.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.curtaincall.recognition.entity.Kudos;

/** The giver's correction of their kudos within the edit window. The team cannot change. */
public record KudosChangeRequest(
        List<@NotNull Long> personIds,
        @NotNull(message = "rate the hand-off from 1 to 5") @Min(value = 1, message = "must be from 1 to 5")
        @Max(value = 5, message = "must be from 1 to 5") Integer rating,
        @NotBlank(message = "say what the team did: no empty kudos")
        @Size(min = Kudos.MESSAGE_MIN, max = Kudos.MESSAGE_MAX, message = "must be 10 to 2000 characters") String message,
        @Size(max = Kudos.STORY_MAX, message = "must be at most 2000 characters") String customerStory,
        List<@NotNull Long> values) {
}
