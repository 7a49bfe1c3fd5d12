package org.curtaincall.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.curtaincall.directory.control.DirectoryChanged;
import org.curtaincall.directory.control.PersonRepository;
import org.curtaincall.directory.control.PersonRepository.PersonFilter;
import org.curtaincall.directory.control.TeamRepository;
import org.curtaincall.directory.entity.Person;
import org.curtaincall.directory.entity.Role;
import org.curtaincall.directory.entity.Stage;
import org.curtaincall.directory.entity.Team;
import org.curtaincall.platform.boundary.Page;
import org.curtaincall.platform.control.ConflictException;
import org.curtaincall.platform.control.NotFoundException;
import org.curtaincall.platform.control.RuleViolationException;

/** The directory's use cases: the one door through which pages, the API and other areas reach teams and people. */
@ApplicationScoped
@Transactional
public class DirectoryService {

    static final String BODY_REQUIRED = "a request body is required";

    @Inject
    TeamRepository teams;

    @Inject
    PersonRepository people;

    @Inject
    Event<DirectoryChanged> directoryChanged;

    @Inject
    Clock clock;

    public List<TeamView> listTeams(String text, Stage stage, boolean includeInactive) {
        Map<Long, Long> members = teams.countMembersByTeam();
        return teams.search(text, stage, includeInactive).stream()
                .map(t -> TeamView.of(t, members.getOrDefault(t.getId(), 0L)))
                .toList();
    }

    public TeamView team(long id) {
        Team team = teams.find(id).orElseThrow(() -> new NotFoundException("Team", id));
        return TeamView.of(team, teams.countMembers(id));
    }

    public Optional<TeamView> findTeam(long id) {
        return teams.find(id).map(t -> TeamView.of(t, teams.countMembers(id)));
    }

    public TeamView createTeam(@NotNull(message = BODY_REQUIRED) @Valid TeamRequest request) {
        ensureTeamNameFree(request.name(), null);
        Team team = new Team(request.name(), Stage.valueOf(request.stage()), request.description(), now());
        applyLeadsAndStatus(team, request);
        teams.add(team);
        directoryChanged.fire(new DirectoryChanged());
        return TeamView.of(team, 0);
    }

    public TeamView updateTeam(long id, @NotNull(message = BODY_REQUIRED) @Valid TeamRequest request) {
        Team team = teams.find(id).orElseThrow(() -> new NotFoundException("Team", id));
        ensureTeamNameFree(request.name(), id);
        team.describe(request.name(), Stage.valueOf(request.stage()), request.description());
        applyLeadsAndStatus(team, request);
        directoryChanged.fire(new DirectoryChanged());
        return TeamView.of(team, teams.countMembers(id));
    }

    public Page<PersonView> listPeople(String text, Long teamId, boolean includeInactive, int page, int size) {
        int pageSize = Page.clampSize(size);
        int pageNo = Math.max(0, page);
        var filter = new PersonFilter(text, teamId, includeInactive);
        var items = people.search(filter, pageNo * pageSize, pageSize).stream().map(PersonView::of).toList();
        return new Page<>(items, people.count(filter), pageNo, pageSize);
    }

    public PersonView person(long id) {
        return PersonView.of(people.find(id).orElseThrow(() -> new NotFoundException("Person", id)));
    }

    public Optional<PersonView> findPerson(long id) {
        return people.find(id).map(PersonView::of);
    }

    /** People by id, in one query; unknown ids are left out. */
    public List<PersonView> people(Collection<Long> ids) {
        return people.findAll(List.copyOf(ids)).stream().map(PersonView::of).toList();
    }

    /** A team with the ids of its active members, whose count is its member count: no separate count query. */
    public Optional<TeamWithMembers> findTeamWithMembers(long id) {
        return teams.find(id).map(team -> {
            Set<Long> members = Set.copyOf(people.activeMemberIds(id));
            return new TeamWithMembers(TeamView.of(team, members.size()), members);
        });
    }

    /** Display names of people by id, for showing many at once; unknown ids are left out. */
    public Map<Long, String> personNames(Collection<Long> ids) {
        return people.namesOf(ids);
    }

    /** Team names by id, for showing many at once; unknown ids are left out. */
    public Map<Long, String> teamNames(Collection<Long> ids) {
        return teams.namesOf(ids);
    }

    public Optional<PersonView> findByUsername(String username) {
        return people.findByUsername(username).map(PersonView::of);
    }

    public PersonView createPerson(@NotNull(message = BODY_REQUIRED) @Valid PersonRequest request) {
        ensureIdentityFree(request.username(), request.email(), null);
        Person person = new Person(request.name(), request.username(), request.email(), teamFor(request.teamId()),
                roles(request.roles()), now());
        people.add(person);
        if (Boolean.FALSE.equals(request.active())) {
            person.deactivate(now());
        }
        directoryChanged.fire(new DirectoryChanged());
        return PersonView.of(person);
    }

    public PersonView updatePerson(long id, @NotNull(message = BODY_REQUIRED) @Valid PersonRequest request) {
        Person person = people.find(id).orElseThrow(() -> new NotFoundException("Person", id));
        ensureIdentityFree(request.username(), request.email(), id);
        person.update(request.name(), request.username(), request.email(), teamFor(request.teamId()),
                roles(request.roles()), now());
        if (Boolean.FALSE.equals(request.active())) {
            deactivate(person);
        } else if (Boolean.TRUE.equals(request.active())) {
            person.reactivate();
        }
        if (!person.hasRole(Role.TEAM_LEAD)) {
            teams.ledBy(id).forEach(t -> t.removeLead(person));
        }
        directoryChanged.fire(new DirectoryChanged());
        return PersonView.of(person);
    }

    /** A person's team, since when, and the teams they lead: which of the teams' notifications are theirs. */
    public Membership membership(long personId) {
        Object[] team = people.teamAndSince(personId).orElseThrow(() -> new NotFoundException("Person", personId));
        return new Membership(personId, (Long) team[0], (LocalDateTime) team[1], Set.copyOf(teams.idsLedBy(personId)));
    }

    /** Names of the teams a person leads, for the navigation and lead-only pages. */
    public List<TeamView> teamsLedBy(long personId) {
        return teams.ledBy(personId).stream().map(t -> TeamView.of(t, teams.countMembers(t.getId()))).toList();
    }

    private void deactivate(Person person) {
        person.deactivate(now());
        teams.ledBy(person.getId()).forEach(t -> t.removeLead(person));
    }

    private void applyLeadsAndStatus(Team team, TeamRequest request) {
        List<Long> leadIds = request.leadIds() == null ? List.of() : request.leadIds().stream().distinct().toList();
        List<Person> leads = people.findAll(leadIds);
        if (leads.size() != leadIds.size()) {
            Set<Long> found = leads.stream().map(Person::getId).collect(Collectors.toSet());
            Long missing = leadIds.stream().filter(l -> !found.contains(l)).findFirst().orElseThrow();
            throw new RuleViolationException("leadIds", "person " + missing + " does not exist");
        }
        team.appointLeads(leads);
        if (Boolean.FALSE.equals(request.active())) {
            team.deactivate();
        } else {
            team.reactivate();
        }
    }

    private Team teamFor(Long teamId) {
        if (teamId == null) {
            return null;
        }
        return teams.find(teamId).orElseThrow(() -> new RuleViolationException("teamId", "team " + teamId + " does not exist"));
    }

    private void ensureTeamNameFree(String name, Long ownId) {
        if (name == null) {
            return;
        }
        teams.findByName(name)
                .filter(t -> !t.getId().equals(ownId))
                .ifPresent(t -> {
                    throw new ConflictException("name", "a team named " + t.getName() + " already exists");
                });
    }

    private void ensureIdentityFree(String username, String email, Long ownId) {
        if (username != null) {
            people.findByUsername(username).filter(p -> !p.getId().equals(ownId)).ifPresent(p -> {
                throw new ConflictException("username", "user name " + p.getUsername() + " is taken");
            });
        }
        if (email != null) {
            people.findByEmail(email).filter(p -> !p.getId().equals(ownId)).ifPresent(p -> {
                throw new ConflictException("email", "e-mail " + p.getEmail() + " belongs to someone else");
            });
        }
    }

    private static Set<Role> roles(Set<String> names) {
        Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
        if (names != null) {
            names.forEach(n -> roles.add(Role.valueOf(n)));
        }
        return new HashSet<>(roles);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }
}
