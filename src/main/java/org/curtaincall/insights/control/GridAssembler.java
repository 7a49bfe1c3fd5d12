package org.curtaincall.insights.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.curtaincall.insights.control.AnonymityPolicy.Purpose;
import org.curtaincall.insights.entity.Disclosure;
import org.curtaincall.insights.entity.Figure;
import org.curtaincall.insights.entity.Grid;
import org.curtaincall.insights.entity.GroupTable;

/**
 * Turns the tallies of a grid into what may be shown. The cells, the row totals and the column totals are described
 * to the {@link AnonymityPolicy} as one table with its sums, so that no hidden cell can be worked out from the
 * totals. For averages the counts and the sums of ratings are disclosed separately and a figure is shown only when
 * both may be: what hides a count hides its average too.
 */
public final class GridAssembler {

    /** What the grid shows in each cell. */
    public enum Measure {
        COUNT,
        AVERAGE
    }

    /** The grid's shape: its rows (key to label, in order), its columns (key to label) and which totals it shows. */
    public record Shape(String title, Map<String, String> rows, Map<String, String> columns, boolean rowTotals,
            boolean columnTotals, Measure measure) {

        public Shape {
            rows = new LinkedHashMap<>(rows);
            columns = new LinkedHashMap<>(columns);
        }
    }

    private final AnonymityPolicy policy;

    public GridAssembler(AnonymityPolicy policy) {
        this.policy = policy;
    }

    public Grid assemble(Shape shape, Tallies tallies) {
        Disclosure counts = policy.disclose(table(shape, tallies, false), Purpose.SCORES);
        Set<String> hidden = new HashSet<>(counts.hidden());
        if (shape.measure() == Measure.AVERAGE) {
            hidden.addAll(policy.disclose(table(shape, tallies, true), Purpose.SCORES).hidden());
        }
        List<Grid.Row> rows = new ArrayList<>();
        for (var row : shape.rows().entrySet()) {
            List<Figure> cells = new ArrayList<>();
            long rowCount = 0;
            long rowSum = 0;
            for (String column : shape.columns().keySet()) {
                Tally tally = tallies.cell(row.getKey(), column);
                rowCount += tally.count();
                rowSum += tally.sum();
                cells.add(figure(shape, cellKey(row.getKey(), column), tally.count(), tally.sum(), hidden));
            }
            Figure total = shape.rowTotals() ? figure(shape, rowKey(row.getKey()), rowCount, rowSum, hidden) : null;
            rows.add(new Grid.Row(row.getKey(), row.getValue(), cells, total));
        }
        List<Figure> columnTotals = null;
        if (shape.columnTotals()) {
            columnTotals = new ArrayList<>();
            for (String column : shape.columns().keySet()) {
                long count = 0;
                long sum = 0;
                for (String row : shape.rows().keySet()) {
                    count += tallies.cell(row, column).count();
                    sum += tallies.cell(row, column).sum();
                }
                columnTotals.add(figure(shape, columnKey(column), count, sum, hidden));
            }
        }
        return new Grid(shape.title(), List.copyOf(shape.columns().values()), rows, columnTotals);
    }

    private static Figure figure(Shape shape, String key, long count, long sum, Set<String> hidden) {
        if (hidden.contains(key)) {
            return Figure.hidden();
        }
        return shape.measure() == Measure.AVERAGE ? Figure.average(count, sum) : Figure.count(count);
    }

    /*
     * Totals are the sums of the cells shown, so that the table's sums hold exactly; their contributors come from the
     * totals' own queries because one person can contribute to several cells.
     */
    private static GroupTable table(Shape shape, Tallies tallies, boolean sums) {
        GroupTable.Builder table = GroupTable.builder();
        for (String row : shape.rows().keySet()) {
            List<String> parts = new ArrayList<>();
            long total = 0;
            for (String column : shape.columns().keySet()) {
                Tally tally = tallies.cell(row, column);
                long value = sums ? tally.sum() : tally.count();
                table.group(cellKey(row, column), tally.count() == 0 ? 0 : tally.contributors(), value);
                parts.add(cellKey(row, column));
                total += value;
            }
            if (shape.rowTotals()) {
                table.group(rowKey(row), total == 0 ? 0 : Math.max(1, tallies.rowTotal(row).contributors()), total);
                table.sum(rowKey(row), parts);
            }
        }
        if (shape.columnTotals()) {
            for (String column : shape.columns().keySet()) {
                List<String> parts = new ArrayList<>();
                long total = 0;
                for (String row : shape.rows().keySet()) {
                    Tally tally = tallies.cell(row, column);
                    total += sums ? tally.sum() : tally.count();
                    parts.add(cellKey(row, column));
                }
                table.group(columnKey(column), total == 0 ? 0 : Math.max(1, tallies.columnTotal(column).contributors()),
                        total);
                table.sum(columnKey(column), parts);
            }
        }
        return table.build();
    }

    static String cellKey(String row, String column) {
        return "cell|" + row + "|" + column;
    }

    static String rowKey(String row) {
        return "row|" + row;
    }

    static String columnKey(String column) {
        return "column|" + column;
    }
}
