package org.curtaincall.insights.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
    /** One factory: {@code Json.create...} looks the provider up again on every call, for every dataset. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());
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
    private String kudosChart;
    private String stageChart;
    private String ratingChart;
    private String reportsChart;

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
        drawCharts();
    }

    /** The heatmap's rows and cells, as HTML with every name escaped. */
    public String getHeatmapRows() {
        return HeatmapHtml.rows(heatmap);
    }

    /** The heatmap cell clicked: the page's click handler sends its front and back team ids. */
    public void selectCell() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        try {
            selected = heatmap.cell(Long.parseLong(params.get("front")), Long.parseLong(params.get("back")))
                    .orElse(null);
        } catch (NumberFormatException e) {
            selected = null;
        }
    }

    public void recompute() {
        insights.recompute();
    }

    /** Polled by the progress bar until it reaches 100. */
    public int getProgress() {
        RecomputeView status = insights.recomputeStatus();
        return status.running() ? Math.min(99, status.percent()) : 100;
    }

    /** The finished run's themes, for the theme list the progress bar updates. */
    public void recomputeFinished() {
        themes = insights.themes(teamId);
    }

    public RecomputeView getStatus() {
        return insights.recomputeStatus();
    }

    /** The fixed periods, shortest first; these are the ones whose figures are kept computed ahead. */
    public Map<String, Integer> getPeriods() {
        Map<String, Integer> periods = new LinkedHashMap<>();
        InsightsService.DASHBOARD_DAYS.stream().sorted().forEach(days -> periods.put(switch (days) {
            case 182 -> "Last 6 months";
            case 365 -> "Last 12 months";
            default -> "Last " + days + " days";
        }, days));
        return periods;
    }

    /** When the figures on the page were computed (the oldest of its reports) and how often they are renewed. */
    public String getFreshness() {
        Instant oldest = Stream.of(trends.computedAt(), heatmap.computedAt(), listening.computedAt())
                .min(Comparator.naturalOrder()).orElseThrow();
        String asOf = "Figures as of " + insights.timeOfDay(oldest).format(DateTimeFormatter.ofPattern("HH:mm"));
        int seconds = insights.cacheSeconds();
        if (seconds == 0) {
            return asOf + ".";
        }
        String every = seconds < 120 ? seconds + " seconds"
                : seconds < 7200 ? Math.round(seconds / 60.0) + " minutes" : Math.round(seconds / 3600.0) + " hours";
        return asOf + ", refreshed every " + every + ".";
    }

    public String exportUrl(String table) {
        return "api/insights/export/" + table + "?from=" + period.from() + "&to=" + period.to()
                + (teamId == null ? "" : "&teamId=" + teamId);
    }

    // --- charts: Chart.js configurations for p:chart ------------------------------------------------------------

    /** Once per load, rather than at every read while the page renders. */
    private void drawCharts() {
        kudosChart = chart("bar", trends.kudosPerMonth(), true, "Public kudos");
        stageChart = chart("line", trends.recognitionByStage(), false, "Public kudos given");
        ratingChart = chart("line", trends.averageRating(), false, "Average rating (1-5)");
        reportsChart = chart("bar", listening.byKindAndStatus(), true, "Reports");
    }

    public String getKudosChart() {
        return kudosChart;
    }

    public String getStageChart() {
        return stageChart;
    }

    public String getRatingChart() {
        return ratingChart;
    }

    public String getReportsChart() {
        return reportsChart;
    }

    /** Rows become datasets; a hidden figure is a gap, never a zero. */
    private static String chart(String type, Grid grid, boolean stacked, String axis) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        grid.columns().forEach(labels::add);
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        int colour = 0;
        for (Grid.Row row : grid.rows()) {
            JsonArrayBuilder data = JSON.createArrayBuilder();
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
            JsonObjectBuilder dataset = JSON.createObjectBuilder().add("label", row.label()).add("data", data)
                    .add("backgroundColor", color).add("borderColor", color)
                    // Smooth, but never past a point's value: a plain curve overshoots between months.
                    .add("cubicInterpolationMode", "monotone")
                    .add("spanGaps", false);
            if (type.equals("bar")) {
                dataset.add("borderRadius", 4);
            }
            datasets.add(dataset);
        }
        JsonObjectBuilder scale = JSON.createObjectBuilder().add("beginAtZero", true)
                .add("title", JSON.createObjectBuilder().add("display", true).add("text", axis));
        if (axis.startsWith("Average")) {
            scale.add("max", 5);
        }
        JsonObjectBuilder options = JSON.createObjectBuilder()
                .add("responsive", true).add("maintainAspectRatio", false)
                .add("plugins", JSON.createObjectBuilder()
                        .add("legend", JSON.createObjectBuilder().add("position", "bottom")
                                .add("labels", JSON.createObjectBuilder().add("boxWidth", 12))))
                .add("scales", JSON.createObjectBuilder()
                        .add("x", JSON.createObjectBuilder().add("stacked", stacked))
                        .add("y", scale.add("stacked", stacked)));
        return JSON.createObjectBuilder().add("type", type)
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
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
