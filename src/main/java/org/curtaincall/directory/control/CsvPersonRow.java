package org.curtaincall.directory.control;

import java.util.Set;
import org.curtaincall.directory.entity.Role;
import org.curtaincall.directory.entity.Stage;

/** One person read from an import file, checked on its own; {@code stage} is null when the file leaves it out. */
public record CsvPersonRow(int row, String name, String username, String email, String team, Stage stage,
        Set<Role> roles, boolean active) {
}
