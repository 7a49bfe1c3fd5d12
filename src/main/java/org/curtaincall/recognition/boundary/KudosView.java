package org.curtaincall.recognition.boundary;

import java.time.LocalDateTime;
import java.util.List;
import org.curtaincall.directory.boundary.PersonRef;

/** Kudos as people see them: who thanked which team and people, how the hand-off went, and the applause. */
public record KudosView(long id, long giverId, String giverName, String giverTeamName, String giverStage, long teamId,
        String teamName, List<PersonRef> people, int rating, boolean privateFeedback, String message,
        String customerStory, List<String> values, long applause, boolean applauded, LocalDateTime createdAt,
        LocalDateTime editedAt, boolean editable, boolean hidden, String hiddenReason) {

    public String peopleNames() {
        return String.join(", ", people.stream().map(PersonRef::name).toList());
    }

    public String stars() {
        return "\u2605".repeat(rating) + "\u2606".repeat(5 - rating);
    }

    public boolean hasStory() {
        return customerStory != null && !customerStory.isBlank();
    }
}
