package org.curtaincall.directory.boundary;

import java.util.List;
import org.curtaincall.directory.entity.Stage;
import org.curtaincall.directory.entity.Team;

public record TeamView(long id, String name, Stage stage, String description, boolean active, List<PersonRef> leads,
        long memberCount) {

    static TeamView of(Team team, long memberCount) {
        return new TeamView(team.getId(), team.getName(), team.getStage(), team.getDescription(), team.isActive(),
                team.getLeads().stream().map(PersonRef::of).toList(), memberCount);
    }
}
