package org.curtaincall.directory.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.curtaincall.directory.control.CsvImportError;
import org.curtaincall.directory.control.CsvPersonRow;
import org.curtaincall.directory.control.DirectoryCsvParser;
import org.curtaincall.directory.control.DirectoryChanged;
import org.curtaincall.directory.control.PersonRepository;
import org.curtaincall.directory.control.TeamRepository;
import org.curtaincall.directory.entity.Person;
import org.curtaincall.directory.entity.Team;
import org.curtaincall.platform.control.RuleViolationException;

/**
 * Imports people and teams from an HR system's CSV export. Preview first; applying re-checks everything and writes all
 * rows in one transaction, or nothing when any row is wrong.
 */
@ApplicationScoped
@Transactional
public class DirectoryImportService {

    @Inject
    TeamRepository teams;

    @Inject
    PersonRepository people;

    @Inject
    Event<DirectoryChanged> directoryChanged;

    @Inject
    Clock clock;

    private final DirectoryCsvParser parser = new DirectoryCsvParser();

    public ImportPreview preview(String csv) {
        var parsed = parser.parse(csv);
        List<CsvImportError> errors = new ArrayList<>(parsed.errors());
        Map<String, String> newTeams = new LinkedHashMap<>();
        List<ImportPreview.Row> rows = new ArrayList<>();
        for (CsvPersonRow row : parsed.rows()) {
            Optional<Person> existing = people.findByUsername(row.username());
            people.findByEmail(row.email())
                    .filter(other -> existing.map(e -> !e.getId().equals(other.getId())).orElse(true))
                    .ifPresent(other -> errors.add(new CsvImportError(row.row(), "email",
                            row.email() + " belongs to " + other.getUsername())));
            if (row.team() != null) {
                Optional<Team> team = teams.findByName(row.team());
                if (team.isEmpty() && row.stage() == null && !newTeams.containsKey(Team.nameKey(row.team()))) {
                    errors.add(new CsvImportError(row.row(), "stage",
                            "team " + row.team() + " does not exist yet; give its stage (FRONT or BACK) to create it"));
                } else if (team.isPresent() && row.stage() != null && team.get().getStage() != row.stage()) {
                    errors.add(new CsvImportError(row.row(), "stage",
                            "team " + team.get().getName() + " is " + team.get().getStage() + ", not " + row.stage()));
                } else if (team.isPresent() && !team.get().isActive()) {
                    errors.add(new CsvImportError(row.row(), "team", "team " + team.get().getName() + " is deactivated"));
                } else if (team.isEmpty()) {
                    newTeams.putIfAbsent(Team.nameKey(row.team()), row.team());
                }
            }
            rows.add(new ImportPreview.Row(row.row(),
                    existing.isPresent() ? ImportPreview.Action.UPDATE : ImportPreview.Action.CREATE,
                    row.name(), row.username(), row.email(), row.team(),
                    row.roles().stream().map(Enum::name).sorted().toList(), row.active()));
        }
        errors.sort(Comparator.comparingInt(CsvImportError::row));
        return new ImportPreview(rows, List.copyOf(newTeams.values()), errors);
    }

    /** Applies a file that previews without errors; refuses the whole file otherwise. */
    public ImportPreview apply(String csv) {
        ImportPreview preview = preview(csv);
        if (!preview.isValid()) {
            CsvImportError first = preview.errors().get(0);
            throw new RuleViolationException("file", preview.errors().size() + " error(s); nothing was imported. Row "
                    + first.row() + (first.column() == null ? "" : ", " + first.column()) + ": " + first.reason());
        }
        LocalDateTime now = LocalDateTime.now(clock);
        Map<String, Team> created = new LinkedHashMap<>();
        for (CsvPersonRow row : parser.parse(csv).rows()) {
            Team team = row.team() == null ? null : teams.findByName(row.team())
                    .orElseGet(() -> created.computeIfAbsent(Team.nameKey(row.team()),
                            k -> teams.add(new Team(row.team(), row.stage(), null, now))));
            Optional<Person> existing = people.findByUsername(row.username());
            Person person = existing.orElseGet(() -> people.add(
                    new Person(row.name(), row.username(), row.email(), team, row.roles(), now)));
            if (existing.isPresent()) {
                person.update(row.name(), row.username(), row.email(), team, row.roles(), now);
            }
            if (row.active()) {
                person.reactivate();
            } else {
                person.deactivate(now);
            }
        }
        directoryChanged.fire(new DirectoryChanged());
        return preview;
    }
}
