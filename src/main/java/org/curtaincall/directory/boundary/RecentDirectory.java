package org.curtaincall.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.curtaincall.directory.control.DirectoryChanged;
import org.curtaincall.platform.control.Recent;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * People and teams as they were a few seconds ago, for giving kudos, the busiest write: reading the giver and the
 * thanked team with its members and leads took two transactions and four queries, a quarter of the profile samples
 * of a kudos' request. A change of the directory on this instance is forgotten once it is committed; another instance of a cluster
 * notices within {@code curtaincall.directory.recent-seconds}, as it does a signed-in caller's roles.
 */
@ApplicationScoped
public class RecentDirectory {

    /** Far more than the people giving kudos in a few seconds; past it, everything is read again. */
    private static final int MAX_ENTRIES = 10_000;

    private final Recent<Long, PersonView> people = new Recent<>(MAX_ENTRIES);
    private final Recent<Long, TeamWithMembers> teams = new Recent<>(MAX_ENTRIES);

    @Inject
    DirectoryService directory;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "curtaincall.directory.recent-seconds", defaultValue = "5")
    int seconds;

    public PersonView person(long id) {
        return people.get(id, directory::person, clock.instant(), Duration.ofSeconds(seconds));
    }

    /** Empty for a team that does not exist; that is not remembered, so that made-up ids cannot fill the memory. */
    public Optional<TeamWithMembers> teamWithMembers(long id) {
        return Optional.ofNullable(teams.get(id, key -> directory.findTeamWithMembers(key).orElse(null),
                clock.instant(), Duration.ofSeconds(seconds)));
    }

    void directoryChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) DirectoryChanged event) {
        people.forgetAll();
        teams.forgetAll();
    }
}
