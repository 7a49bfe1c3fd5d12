package org.curtaincall.insights.entity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The intersection of the front and back stage for a period: for each front-stage team (the giver's team) and each
 * back-stage team, the hand-off ratings given across that link, their average and the theme most of them are about,
 * leaning on the low ratings: what breaks on that hand-off. {@code computedAt} is the moment its figures are as of.
 */
public record HeatmapReport(LocalDate from, LocalDate to, List<TeamRef> backTeams, List<Row> rows,
        List<Figure> columnTotals, Instant computedAt) implements KeptReport {

    public record Row(TeamRef team, List<Cell> cells, Figure total) {
    }

    public record Cell(long frontTeamId, String frontTeam, long backTeamId, String backTeam, Figure ratings,
            String topTheme) {

        /** How dark the cell is drawn, 0 (no ratings or hidden) to 5 (average 5): the page's colour scale. */
        public int shade() {
            return ratings.shown() && ratings.average() != null ? (int) Math.round(ratings.average()) : 0;
        }
    }

    public java.util.Optional<Cell> cell(long frontTeamId, long backTeamId) {
        return rows.stream().flatMap(row -> row.cells().stream())
                .filter(cell -> cell.frontTeamId() == frontTeamId && cell.backTeamId() == backTeamId).findFirst();
    }
}
