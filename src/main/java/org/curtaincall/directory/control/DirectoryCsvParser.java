package org.curtaincall.directory.control;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.curtaincall.directory.entity.Person;
import org.curtaincall.directory.entity.Role;
import org.curtaincall.directory.entity.Stage;
import org.curtaincall.directory.entity.Team;

/**
 * Reads people and teams as an HR system exports them: a header row naming the columns (any order, any case),
 * then one person a row. Columns: name, username, email (required); team, stage, roles, active (optional). Roles are
 * separated by ';' or '|'. Comma, semicolon and tab separated files are all accepted. Everything wrong with the file is
 * collected, row by row, so that the whole report can be shown at once; nothing here touches the database.
 */
public class DirectoryCsvParser {

    public static final List<String> REQUIRED = List.of("name", "username", "email");
    public static final List<String> OPTIONAL = List.of("team", "stage", "roles", "active");
    public static final int MAX_ROWS = 10_000;

    public record Result(List<CsvPersonRow> rows, List<CsvImportError> errors) {

        public boolean isValid() {
            return errors.isEmpty();
        }
    }

    public Result parse(String text) {
        List<CsvImportError> errors = new ArrayList<>();
        List<CsvPersonRow> rows = new ArrayList<>();
        if (text == null || text.isBlank()) {
            errors.add(new CsvImportError(1, null, "the file is empty"));
            return new Result(rows, errors);
        }
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiterOf(content))
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .build();
        try (CSVParser parser = CSVParser.parse(new StringReader(content), format)) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                errors.add(new CsvImportError(1, null, "the file is empty"));
                return new Result(rows, errors);
            }
            Map<String, Integer> columns = header(records.next(), errors);
            if (!errors.isEmpty()) {
                return new Result(rows, errors);
            }
            Map<String, Integer> usernames = new HashMap<>();
            Map<String, Integer> emails = new HashMap<>();
            Map<String, Stage> teamStages = new HashMap<>();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                int rowNumber = (int) record.getRecordNumber();
                if (rows.size() + 1 > MAX_ROWS) {
                    errors.add(new CsvImportError(rowNumber, null, "a file may hold at most " + MAX_ROWS + " people"));
                    break;
                }
                CsvPersonRow row = readRow(record, rowNumber, columns, errors);
                if (row == null) {
                    continue;
                }
                checkUnique(usernames, row.username(), row, "username", errors);
                checkUnique(emails, row.email(), row, "email", errors);
                if (row.team() != null && row.stage() != null) {
                    Stage earlier = teamStages.putIfAbsent(Team.nameKey(row.team()), row.stage());
                    if (earlier != null && earlier != row.stage()) {
                        errors.add(new CsvImportError(rowNumber, "stage",
                                "team " + row.team() + " is " + earlier + " in an earlier row"));
                    }
                }
                rows.add(row);
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            errors.add(new CsvImportError(rows.size() + 2, null, "the file is not valid CSV: " + e.getMessage()));
        }
        return new Result(rows, errors);
    }

    private static Map<String, Integer> header(CSVRecord record, List<CsvImportError> errors) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < record.size(); i++) {
            String name = record.get(i).strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                continue;
            }
            if (!REQUIRED.contains(name) && !OPTIONAL.contains(name)) {
                errors.add(new CsvImportError(1, name, "unknown column; expected " + String.join(", ", REQUIRED)
                        + " and optionally " + String.join(", ", OPTIONAL)));
            } else if (columns.putIfAbsent(name, i) != null) {
                errors.add(new CsvImportError(1, name, "the column appears twice"));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                errors.add(new CsvImportError(1, required, "required column is missing"));
            }
        }
        return columns;
    }

    private static CsvPersonRow readRow(CSVRecord record, int rowNumber, Map<String, Integer> columns,
            List<CsvImportError> errors) {
        int before = errors.size();
        String name = cell(record, columns, "name");
        if (name == null) {
            errors.add(new CsvImportError(rowNumber, "name", "must not be blank"));
        } else if (name.length() > Person.NAME_MAX) {
            errors.add(new CsvImportError(rowNumber, "name", "must be at most " + Person.NAME_MAX + " characters"));
        }
        String username = Person.normaliseUsername(cell(record, columns, "username"));
        if (username == null || !Person.USERNAME.matcher(username).matches()) {
            errors.add(new CsvImportError(rowNumber, "username",
                    "must be 2 to 64 characters: letters, digits, dot, dash or underscore"));
        }
        String email = Person.normaliseEmail(cell(record, columns, "email"));
        if (email == null || email.length() > 254 || !Person.EMAIL.matcher(email).matches()) {
            errors.add(new CsvImportError(rowNumber, "email", "must be an e-mail address such as name@example.org"));
        }
        String team = cell(record, columns, "team");
        if (team != null && team.length() > Team.NAME_MAX) {
            errors.add(new CsvImportError(rowNumber, "team", "must be at most " + Team.NAME_MAX + " characters"));
        }
        Stage stage = null;
        String stageText = cell(record, columns, "stage");
        if (stageText != null) {
            try {
                stage = Stage.valueOf(stageText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new CsvImportError(rowNumber, "stage", "must be FRONT or BACK, not '" + stageText + "'"));
            }
            if (team == null) {
                errors.add(new CsvImportError(rowNumber, "stage", "a stage needs a team"));
            }
        }
        Set<Role> roles = EnumSet.of(Role.EMPLOYEE);
        String roleText = cell(record, columns, "roles");
        if (roleText != null) {
            for (String part : roleText.split("[;|]")) {
                String role = part.strip().toUpperCase(Locale.ROOT).replace(' ', '_');
                if (role.isEmpty()) {
                    continue;
                }
                try {
                    roles.add(Role.valueOf(role));
                } catch (IllegalArgumentException e) {
                    errors.add(new CsvImportError(rowNumber, "roles",
                            "unknown role '" + part.strip() + "'; use EMPLOYEE, TEAM_LEAD, HR or ADMIN"));
                }
            }
        }
        boolean active = true;
        String activeText = cell(record, columns, "active");
        if (activeText != null) {
            switch (activeText.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "y", "1" -> active = true;
                case "false", "no", "n", "0" -> active = false;
                default -> errors.add(new CsvImportError(rowNumber, "active", "must be true or false"));
            }
        }
        if (errors.size() > before) {
            return null;
        }
        return new CsvPersonRow(rowNumber, name, username, email, team, stage, roles, active);
    }

    private static void checkUnique(Map<String, Integer> seen, String value, CsvPersonRow row, String column,
            List<CsvImportError> errors) {
        Integer earlier = seen.putIfAbsent(value, row.row());
        if (earlier != null) {
            errors.add(new CsvImportError(row.row(), column, value + " is already in row " + earlier));
        }
    }

    private static String cell(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    /** The separator of the header line: whichever of comma, semicolon or tab it holds most of. */
    static char delimiterOf(String content) {
        int end = content.indexOf('\n');
        String header = end < 0 ? content : content.substring(0, end);
        char best = ',';
        long bestCount = header.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }
}
