package org.curtaincall.insights.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts one grid in memory from its items (row, column, person, value): per cell, per row and per column the number
 * of items, the sum of their values and the distinct people behind them, as a {@code group by} with
 * {@code count(distinct ...)} would. Items and sums add up as they come. Distinct people do not, because one person
 * can contribute to several cells: each item is kept as one number (person, row, column), and once all are in they
 * are sorted, so that each person's items come together and each cell, row and column counts a person once.
 *
 * <p>People are numbered densely by the caller (0, 1, 2, ...). A year of kudos is a few megabytes per grid.
 */
final class GridCounter {

    /** Rows and columns are numbered in 16 bits each within an item. */
    private static final int MOST_KEYS = 1 << 16;

    private final Map<String, Integer> rowIndex = new HashMap<>();
    private final List<String> rowKeys = new ArrayList<>();
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private final List<String> columnKeys = new ArrayList<>();
    private long[][] counts = new long[16][];
    private long[][] sums = new long[16][];
    private long[] items = new long[1024];
    private int size;

    void add(String row, String column, int person, long value) {
        int r = index(rowIndex, rowKeys, row);
        int c = index(columnIndex, columnKeys, column);
        if (r == counts.length) {
            counts = Arrays.copyOf(counts, r * 2);
            sums = Arrays.copyOf(sums, r * 2);
        }
        if (counts[r] == null || c >= counts[r].length) {
            int width = Math.max(c + 1, columnKeys.size());
            counts[r] = counts[r] == null ? new long[width] : Arrays.copyOf(counts[r], width);
            sums[r] = sums[r] == null ? new long[width] : Arrays.copyOf(sums[r], width);
        }
        counts[r][c]++;
        sums[r][c] += value;
        if (size == items.length) {
            items = Arrays.copyOf(items, size * 2);
        }
        items[size++] = (long) person << 32 | (long) r << 16 | c;
    }

    /** The tallies of every cell, row and column with at least one item. */
    Tallies tallies() {
        int height = rowKeys.size();
        int width = columnKeys.size();
        int[][] cellPeople = new int[height][width];
        int[] rowPeople = new int[height];
        int[] columnPeople = new int[width];
        int[] lastInColumn = new int[width];
        Arrays.fill(lastInColumn, -1);
        Arrays.sort(items, 0, size);
        long previous = -1;
        for (int i = 0; i < size; i++) {
            long item = items[i];
            int person = (int) (item >>> 32);
            int r = (int) (item >>> 16) & 0xFFFF;
            int c = (int) item & 0xFFFF;
            // Sorted by person, then row, then column: a new cell or row of a person differs from the item before.
            if (item != previous) {
                cellPeople[r][c]++;
            }
            if (item >>> 16 != previous >>> 16) {
                rowPeople[r]++;
            }
            if (lastInColumn[c] != person) {
                lastInColumn[c] = person;
                columnPeople[c]++;
            }
            previous = item;
        }
        Tallies tallies = new Tallies();
        long[] columnCounts = new long[width];
        long[] columnSums = new long[width];
        for (int r = 0; r < height; r++) {
            long rowCount = 0;
            long rowSum = 0;
            for (int c = 0; c < counts[r].length; c++) {
                long count = counts[r][c];
                if (count > 0) {
                    tallies.cell(rowKeys.get(r), columnKeys.get(c), new Tally(cellPeople[r][c], count, sums[r][c]));
                    rowCount += count;
                    rowSum += sums[r][c];
                    columnCounts[c] += count;
                    columnSums[c] += sums[r][c];
                }
            }
            tallies.rowTotal(rowKeys.get(r), new Tally(rowPeople[r], rowCount, rowSum));
        }
        for (int c = 0; c < width; c++) {
            tallies.columnTotal(columnKeys.get(c), new Tally(columnPeople[c], columnCounts[c], columnSums[c]));
        }
        return tallies;
    }

    private static int index(Map<String, Integer> index, List<String> keys, String key) {
        Integer known = index.get(key);
        if (known != null) {
            return known;
        }
        if (keys.size() == MOST_KEYS) {
            throw new IllegalStateException("a grid has at most " + MOST_KEYS + " rows and as many columns");
        }
        index.put(key, keys.size());
        keys.add(key);
        return keys.size() - 1;
    }
}
