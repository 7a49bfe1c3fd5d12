package org.curtaincall.directory.boundary;

import java.util.Set;
import java.util.TreeSet;
import org.curtaincall.directory.entity.Person;
import org.curtaincall.directory.entity.Role;
import org.curtaincall.directory.entity.Stage;

public record PersonView(long id, String name, String username, String email, Long teamId, String teamName,
        Stage teamStage, Set<Role> roles, boolean active) {

    static PersonView of(Person person) {
        var team = person.getTeam();
        return new PersonView(person.getId(), person.getDisplayName(), person.getUsername(), person.getEmail(),
                team == null ? null : team.getId(), team == null ? null : team.getName(),
                team == null ? null : team.getStage(), new TreeSet<>(person.getRoles()), person.isActive());
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
