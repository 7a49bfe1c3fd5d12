package org.curtaincall.insights.boundary;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.curtaincall.insights.entity.Figure;
import org.curtaincall.insights.entity.Grid;
import org.curtaincall.insights.entity.HeatmapReport;
import org.curtaincall.insights.entity.ThemeSummary;
import org.curtaincall.insights.entity.ThemesReport;
import org.curtaincall.insights.entity.TrendsReport;

/**
 * The dashboard's tables as CSV, written from the same reports the pages show: a hidden figure is the same note in
 * the file as on the screen.
 */
final class InsightsCsv {

    private InsightsCsv() {
    }

    static String grid(Grid grid) {
        List<String> header = new ArrayList<>();
        header.add("");
        header.addAll(grid.columns());
        boolean rowTotals = grid.rows().stream().anyMatch(row -> row.total() != null);
        if (rowTotals) {
            header.add("Total");
        }
        List<List<String>> rows = new ArrayList<>();
        for (Grid.Row row : grid.rows()) {
            List<String> line = new ArrayList<>();
            line.add(row.label());
            row.cells().forEach(cell -> line.add(cell.text()));
            if (rowTotals) {
                line.add(row.total() == null ? "" : row.total().text());
            }
            rows.add(line);
        }
        if (grid.columnTotals() != null) {
            List<String> line = new ArrayList<>();
            line.add("All");
            grid.columnTotals().forEach(cell -> line.add(cell.text()));
            rows.add(line);
        }
        return write(header, rows);
    }

    static String heatmap(HeatmapReport heatmap) {
        List<List<String>> rows = new ArrayList<>();
        for (HeatmapReport.Row row : heatmap.rows()) {
            for (HeatmapReport.Cell cell : row.cells()) {
                Figure ratings = cell.ratings();
                rows.add(List.of(cell.frontTeam(), cell.backTeam(),
                        ratings.shown() ? String.valueOf(ratings.count()) : ratings.text(),
                        ratings.shown() ? (ratings.average() == null ? "" : String.valueOf(ratings.average())) : ratings.text(),
                        cell.topTheme() == null ? "" : cell.topTheme()));
            }
        }
        return write(List.of("Front-stage team", "Back-stage team", "Hand-off ratings", "Average rating", "Top theme"),
                rows);
    }

    static String themes(ThemesReport report) {
        List<List<String>> rows = new ArrayList<>();
        for (ThemeSummary theme : report.themes()) {
            rows.add(List.of(theme.label(), theme.size().text(), theme.kudos().text(), theme.reports().text(),
                    theme.teamList(), theme.rising() ? "yes" : "no", theme.newTheme() ? "yes" : "no",
                    theme.keyPhraseList()));
        }
        return write(List.of("Theme", "Texts", "From kudos", "From reports", "Teams", "Rising", "New", "Key phrases"),
                rows);
    }

    static String quietTeams(TrendsReport trends) {
        return write(List.of("Team", "Nobody thanked them in the last"), trends.quietTeams().stream()
                .map(team -> List.of(team.team(), team.days() + " days")).toList());
    }

    static String reciprocalPairs(TrendsReport trends) {
        return write(List.of("Pair of", "First", "Second", "First to second", "Second to first"),
                trends.reciprocalPairs().stream().map(pair -> List.of(pair.kind(), pair.first(), pair.second(),
                        String.valueOf(pair.firstToSecond()), String.valueOf(pair.secondToFirst()))).toList());
    }

    private static String write(List<String> header, List<List<String>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
            printer.printRecord(header.stream().map(InsightsCsv::inert).toList());
            for (List<String> row : rows) {
                printer.printRecord(row.stream().map(InsightsCsv::inert).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A cell a spreadsheet would read as a formula (a label written by someone) is kept as text. */
    private static String inert(String value) {
        return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
