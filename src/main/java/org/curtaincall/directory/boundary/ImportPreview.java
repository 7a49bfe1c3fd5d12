package org.curtaincall.directory.boundary;

import java.util.List;
import org.curtaincall.directory.control.CsvImportError;

/**
 * What an import file would do: each person with CREATE or UPDATE, the teams it would create, and every error by
 * row and column. A file with any error is never applied.
 */
public record ImportPreview(List<Row> rows, List<String> newTeams, List<CsvImportError> errors) {

    public enum Action {
        CREATE,
        UPDATE
    }

    public record Row(int row, Action action, String name, String username, String email, String team,
            List<String> roles, boolean active) {

        public String rolesText() {
            return String.join(", ", roles);
        }
    }

    public String newTeamsText() {
        return String.join(", ", newTeams);
    }

    public boolean isValid() {
        return errors.isEmpty();
    }

    public long count(Action action) {
        return rows.stream().filter(r -> r.action() == action).count();
    }
}
