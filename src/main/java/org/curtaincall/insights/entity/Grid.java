package org.curtaincall.insights.entity;

import java.util.List;

/**
 * A table of figures as shown: rows (teams, kinds) by columns (weeks, months, back-stage teams), with a total per row
 * and per column where they mean something. Hidden figures are already hidden.
 */
public record Grid(String title, List<String> columns, List<Row> rows, List<Figure> columnTotals) {

    public Grid {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        columnTotals = columnTotals == null ? null : List.copyOf(columnTotals);
    }

    /** One row: its key (a team id, a kind), its label, its cells in column order and its total, if any. */
    public record Row(String key, String label, List<Figure> cells, Figure total) {

        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** Only the rows whose key is among the selected ones: a filter never unhides anything, it only leaves rows out. */
    public Grid onlyRows(java.util.Set<String> keys) {
        return new Grid(title, columns, rows.stream().filter(row -> keys.contains(row.key())).toList(), columnTotals);
    }
}
