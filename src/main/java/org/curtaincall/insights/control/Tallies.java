package org.curtaincall.insights.control;

import java.util.HashMap;
import java.util.Map;

/**
 * The raw figures of a grid from aggregate queries: one tally per cell (row key, column key), and the tallies of whole
 * rows and whole columns, counted separately because distinct contributors do not add up.
 */
public final class Tallies {

    private final Map<String, Map<String, Tally>> cells = new HashMap<>();
    private final Map<String, Tally> rowTotals = new HashMap<>();
    private final Map<String, Tally> columnTotals = new HashMap<>();

    public Tallies cell(String row, String column, Tally tally) {
        cells.computeIfAbsent(row, r -> new HashMap<>()).put(column, tally);
        return this;
    }

    public Tallies rowTotal(String row, Tally tally) {
        rowTotals.put(row, tally);
        return this;
    }

    public Tallies columnTotal(String column, Tally tally) {
        columnTotals.put(column, tally);
        return this;
    }

    public Tally cell(String row, String column) {
        return cells.getOrDefault(row, Map.of()).getOrDefault(column, Tally.NONE);
    }

    public Tally rowTotal(String row) {
        return rowTotals.getOrDefault(row, Tally.NONE);
    }

    public Tally columnTotal(String column) {
        return columnTotals.getOrDefault(column, Tally.NONE);
    }

    public java.util.Set<String> rowKeys() {
        java.util.Set<String> keys = new java.util.LinkedHashSet<>(cells.keySet());
        keys.addAll(rowTotals.keySet());
        return keys;
    }
}
