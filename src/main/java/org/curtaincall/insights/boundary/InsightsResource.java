package org.curtaincall.insights.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.curtaincall.directory.entity.Role;
import org.curtaincall.insights.boundary.InsightsService.RecomputeView;
import org.curtaincall.insights.control.Period;
import org.curtaincall.insights.entity.HeatmapReport;
import org.curtaincall.insights.entity.ListeningHealth;
import org.curtaincall.insights.entity.ThemesReport;
import org.curtaincall.insights.entity.TrendsReport;
import org.curtaincall.platform.control.NotFoundException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Insights for HR and admins, as JSON and CSV: the same figures as the dashboard, hidden the same way. Periods are
 * ISO dates ({@code from}, {@code to}, both included; the last 90 days by default); {@code teamId} narrows a report
 * to one team's rows and never reveals a hidden figure.
 */
@Path("insights")
@Tag(name = "Insights")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.HR_NAME, Role.ADMIN_NAME})
public class InsightsResource {

    @Inject
    InsightsService insights;

    @GET
    @Path("themes")
    @Operation(summary = "Themes of the latest run",
            description = "Label, key phrases, size, source mix, teams, 12-week trend, rising/new flags and samples "
                    + "(week only) of each theme with at least the text threshold of distinct authors.")
    public ThemesReport themes(@QueryParam("teamId") Long teamId) {
        return insights.themes(teamId);
    }

    @POST
    @Path("themes/recompute")
    @Operation(summary = "Re-cluster all texts into themes in the background",
            description = "Answers 202 at once with the run's progress; a run already going is not started twice.")
    public Response recompute() {
        return Response.accepted(insights.recompute()).build();
    }

    @GET
    @Path("themes/progress")
    @Operation(summary = "Progress of the themes run, 0 to 100")
    public RecomputeView progress() {
        return insights.recomputeStatus();
    }

    @GET
    @Path("trends")
    @Operation(summary = "Engagement trends",
            description = "Kudos received per back-stage team per week and month, recognition by stage, average "
                    + "hand-off rating per back-stage team per month, teams nobody thanked in 30/90 days, reciprocal "
                    + "pairs. A figure with fewer than the score threshold of distinct givers is hidden.")
    public TrendsReport trends(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("teamId") Long teamId) {
        return insights.trends(insights.period(from, to), teamId);
    }

    @GET
    @Path("heatmap")
    @Operation(summary = "Front stage x back stage heatmap",
            description = "Per front-stage team (the giver's) and back-stage team: hand-off ratings, their average "
                    + "and the top breakage theme on that link.")
    public HeatmapReport heatmap(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("teamId") Long teamId) {
        return insights.heatmap(insights.period(from, to), teamId);
    }

    @GET
    @Path("heatmap/{frontTeamId}/{backTeamId}")
    @Operation(summary = "One cell of the heatmap")
    public HeatmapReport.Cell heatmapCell(@PathParam("frontTeamId") long frontTeamId,
            @PathParam("backTeamId") long backTeamId, @QueryParam("from") String from, @QueryParam("to") String to) {
        return insights.heatmapCell(insights.period(from, to), frontTeamId, backTeamId);
    }

    @GET
    @Path("listening")
    @Operation(summary = "Listening health",
            description = "Reports by kind and status, days to acknowledge and to resolve, overdue acknowledgements, "
                    + "top themes in reports. Each report counts as one contributor.")
    public ListeningHealth listening(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("teamId") Long teamId) {
        return insights.listening(insights.period(from, to), teamId);
    }

    @GET
    @Path("export/{table}")
    @Produces("text/csv")
    @Operation(summary = "A dashboard table as CSV",
            description = "Tables: kudos-per-week, kudos-per-month, recognition-by-stage, average-rating, quiet-teams, "
                    + "reciprocal-pairs, heatmap, reports-by-kind-and-status, days-to-acknowledge, days-to-resolve, "
                    + "themes.")
    public Response export(@PathParam("table") String table, @QueryParam("from") String from,
            @QueryParam("to") String to, @QueryParam("teamId") Long teamId) {
        Period period = insights.period(from, to);
        String csv = switch (table) {
            case "kudos-per-week" -> InsightsCsv.grid(trends(period, teamId).kudosPerWeek());
            case "kudos-per-month" -> InsightsCsv.grid(trends(period, teamId).kudosPerMonth());
            case "recognition-by-stage" -> InsightsCsv.grid(trends(period, teamId).recognitionByStage());
            case "average-rating" -> InsightsCsv.grid(trends(period, teamId).averageRating());
            case "quiet-teams" -> InsightsCsv.quietTeams(trends(period, teamId));
            case "reciprocal-pairs" -> InsightsCsv.reciprocalPairs(trends(period, teamId));
            case "heatmap" -> InsightsCsv.heatmap(insights.heatmap(period, teamId));
            case "reports-by-kind-and-status" -> InsightsCsv.grid(listening(period, teamId).byKindAndStatus());
            case "days-to-acknowledge" -> InsightsCsv.grid(listening(period, teamId).daysToAcknowledge());
            case "days-to-resolve" -> InsightsCsv.grid(listening(period, teamId).daysToResolve());
            case "themes" -> InsightsCsv.themes(insights.themes(teamId));
            default -> throw new NotFoundException("Insights table", table);
        };
        String name = "insights-" + table + "-" + period.from() + "-to-" + period.to() + ".csv";
        return Response.ok(csv, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private TrendsReport trends(Period period, Long teamId) {
        return insights.trends(period, teamId);
    }

    private ListeningHealth listening(Period period, Long teamId) {
        return insights.listening(period, teamId);
    }
}
