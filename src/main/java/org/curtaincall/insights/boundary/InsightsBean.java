package org.curtaincall.insights.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.curtaincall.insights.boundary.InsightsService.RecomputeView;
import org.curtaincall.insights.control.Period;
import org.curtaincall.insights.entity.Figure;
import org.curtaincall.insights.entity.Grid;
import org.curtaincall.insights.entity.HeatmapReport;
import org.curtaincall.insights.entity.ListeningHealth;
import org.curtaincall.insights.entity.TeamRef;
import org.curtaincall.insights.entity.ThemesReport;
import org.curtaincall.insights.entity.TrendsReport;
import org.curtaincall.platform.boundary.FieldMessages;
import org.curtaincall.platform.control.DomainException;

/** The HR dashboard: filters, charts, the heatmap with its cell detail, themes with the recompute progress bar. */
@Named
@ViewScoped
public class InsightsBean implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The portal's colours first, then calm companions, so that eight teams stay distinguishable. */
    private static final String[] PALETTE = {"#7a1f3d", "#d94f70", "#f2c14e", "#2f7f8a", "#5b6fd6", "#8a5a2f",
        "#3f9b55", "#9b59b6", "#e07b39", "#4a4f5c", "#c0392b", "#16a085", "#7f8c8d"};

    @Inject
    transient InsightsService insights;

    @Inject
    transient FieldMessages messages;

    private int days = InsightsService.DEFAULT_DAYS;
    private Long teamId;
    private List<TeamRef> teams;
    private TrendsReport trends;
    private HeatmapReport heatmap;
    private ListeningHealth listening;
    private ThemesReport themes;
    private HeatmapReport.Cell selected;
    private Period period;

    @PostConstruct
    void init() {
        teams = insights.filterTeams();
        load();
    }

    public void apply() {
        try {
            load();
        } catch (DomainException e) {
            messages.show(e);
        }
    }

    private void load() {
        period = insights.lastDays(days);
        trends = insights.trends(period, teamId);
        heatmap = insights.heatmap(period, teamId);
        listening = insights.listening(period, teamId);
        themes = insights.themes(teamId);
        selected = null;
    }

    public void select(HeatmapReport.Cell cell) {
        selected = cell;
    }

    public void recompute() {
        insights.recompute();
    }

    /** Polled by the progress bar until it reaches 100. */
    public int getProgress() {
        RecomputeView status = insights.recomputeStatus();
        return status.running() ? Math.min(99, status.percent()) : 100;
    }

    public void recomputeFinished() {
        themes = insights.themes(teamId);
        listening = insights.listening(period, teamId);
    }

    public RecomputeView getStatus() {
        return insights.recomputeStatus();
    }

    public Map<String, Integer> getPeriods() {
        Map<String, Integer> periods = new LinkedHashMap<>();
        periods.put("Last 30 days", 30);
        periods.put("Last 90 days", 90);
        periods.put("Last 6 months", 182);
        periods.put("Last 12 months", 365);
        return periods;
    }

    public String exportUrl(String table) {
        return "api/insights/export/" + table + "?from=" + period.from() + "&to=" + period.to()
                + (teamId == null ? "" : "&teamId=" + teamId);
    }

    // --- charts: Chart.js configurations for p:chart ------------------------------------------------------------

    public String getKudosChart() {
        return chart("bar", trends.kudosPerMonth(), true, "Public kudos");
    }

    public String getStageChart() {
        return chart("line", trends.recognitionByStage(), false, "Public kudos given");
    }

    public String getRatingChart() {
        return chart("line", trends.averageRating(), false, "Average rating (1-5)");
    }

    public String getReportsChart() {
        return chart("bar", listening.byKindAndStatus(), true, "Reports");
    }

    /** Rows become datasets; a hidden figure is a gap, never a zero. */
    private static String chart(String type, Grid grid, boolean stacked, String axis) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        grid.columns().forEach(labels::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int colour = 0;
        for (Grid.Row row : grid.rows()) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            for (Figure figure : row.cells()) {
                if (!figure.shown() || (figure.average() == null && type.equals("line") && figure.count() == 0
                        && axis.startsWith("Average"))) {
                    data.addNull();
                } else if (figure.average() != null) {
                    data.add(figure.average());
                } else {
                    data.add(figure.count());
                }
            }
            String color = PALETTE[colour++ % PALETTE.length];
            JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", row.label()).add("data", data)
                    .add("backgroundColor", color).add("borderColor", color).add("tension", 0.3)
                    .add("spanGaps", false);
            if (type.equals("bar")) {
                dataset.add("borderRadius", 4);
            }
            datasets.add(dataset);
        }
        JsonObjectBuilder scale = Json.createObjectBuilder().add("beginAtZero", true)
                .add("title", Json.createObjectBuilder().add("display", true).add("text", axis));
        if (axis.startsWith("Average")) {
            scale.add("max", 5);
        }
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true).add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("legend", Json.createObjectBuilder().add("position", "bottom")
                                .add("labels", Json.createObjectBuilder().add("boxWidth", 12))))
                .add("scales", Json.createObjectBuilder()
                        .add("x", Json.createObjectBuilder().add("stacked", stacked))
                        .add("y", scale.add("stacked", stacked)));
        return Json.createObjectBuilder().add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", options).build().toString();
    }

    // ------------------------------------------------------------------------------------------------------------

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public List<TeamRef> getTeams() {
        return teams;
    }

    public TrendsReport getTrends() {
        return trends;
    }

    public HeatmapReport getHeatmap() {
        return heatmap;
    }

    public ListeningHealth getListening() {
        return listening;
    }

    public ThemesReport getThemes() {
        return themes;
    }

    public HeatmapReport.Cell getSelected() {
        return selected;
    }

    public Period getPeriod() {
        return period;
    }

    public int getMinForScores() {
        return insights.minContributorsForScores();
    }

    public int getMinForTexts() {
        return insights.minContributorsForTexts();
    }
}
