package org.curtaincall.insights.boundary;

import org.curtaincall.insights.entity.Figure;
import org.curtaincall.insights.entity.HeatmapReport;

/**
 * The heatmap's rows as HTML, written in one pass. A large organisation has thousands of cells: evaluating a
 * template's expressions for each of them takes seconds, writing them takes milliseconds. Every name is escaped; the
 * cells are plain links that the page's one click handler turns into a request for the cell's detail.
 */
final class HeatmapHtml {

    private HeatmapHtml() {
    }

    static String rows(HeatmapReport heatmap) {
        StringBuilder html = new StringBuilder(200 * (1 + heatmap.rows().size() * heatmap.backTeams().size()));
        for (HeatmapReport.Row row : heatmap.rows()) {
            html.append("<tr><th>").append(escape(row.team().name())).append("</th>");
            for (HeatmapReport.Cell cell : row.cells()) {
                Figure ratings = cell.ratings();
                html.append("<td class=\"cc-heat cc-heat-").append(ratings.shown() ? String.valueOf(cell.shade()) : "x")
                        .append("\"><a href=\"#\" class=\"cc-heat-link\" data-front=\"").append(cell.frontTeamId())
                        .append("\" data-back=\"").append(cell.backTeamId()).append("\" title=\"")
                        .append(escape(cell.frontTeam())).append(" → ").append(escape(cell.backTeam())).append("\">");
                if (ratings.shown()) {
                    html.append("<span class=\"cc-heat-count\">").append(ratings.count()).append("</span>");
                    if (ratings.average() != null) {
                        html.append("<span class=\"cc-heat-avg\">★ ").append(ratings.average()).append("</span>");
                    }
                } else {
                    html.append("<span class=\"cc-heat-hidden\"><i class=\"pi pi-lock\"></i></span>");
                }
                html.append("</a></td>");
            }
            html.append("</tr>\n");
        }
        return html.toString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
