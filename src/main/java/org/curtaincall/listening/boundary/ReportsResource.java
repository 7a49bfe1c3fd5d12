package org.curtaincall.listening.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.curtaincall.directory.entity.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Anonymous reports. Filing needs a sign-in but records nothing about the caller; the receipt endpoints need no
 * sign-in at all and take the receipt in the {@code X-Receipt} header, never in the URL, so that it stays out of
 * access logs and browser history.
 */
@Path("reports")
@Tag(name = "Listening")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.TEAM_LEAD_NAME, Role.HR_NAME})
public class ReportsResource {

    static final String RECEIPT_HEADER = "X-Receipt";

    @Inject
    ListeningService listening;

    @POST
    @RolesAllowed(Role.EMPLOYEE_NAME)
    @Operation(summary = "File an anonymous report (any employee)", description = "Send {kind: PROCESS_BREAKAGE | "
            + "SUGGESTION | QUESTION, teamId (optional, the team or process concerned), title, description, "
            + "customerImpact: NONE | SOME | SEVERE, suggestedFix (optional)}. Answers 201 with {receipt}, shown only "
            + "this once. Nothing about the caller is stored.")
    public Response submit(ReportRequest request) {
        return noStore(Response.status(201).entity(listening.submitReport(request)));
    }

    @GET
    @Path("receipt")
    @PermitAll
    @Operation(summary = "Open a report with its receipt (no sign-in)", description = "Send the receipt in the "
            + "X-Receipt header. A wrong receipt answers 404; repeated wrong receipts answer 429 with Retry-After.")
    public Response open(@HeaderParam(RECEIPT_HEADER) String receipt, @Context HttpServletRequest http) {
        return noStore(Response.ok(listening.openByReceipt(receipt, http.getRemoteAddr())));
    }

    @POST
    @Path("receipt/replies")
    @PermitAll
    @Operation(summary = "Reply to the answers on a report, with its receipt (no sign-in)",
            description = "Send the receipt in the X-Receipt header and {message}. Answers 201 with the report.")
    public Response reply(@HeaderParam(RECEIPT_HEADER) String receipt, MessageRequest request,
            @Context HttpServletRequest http) {
        return noStore(Response.status(201).entity(listening.replyByReceipt(receipt, http.getRemoteAddr(), request)));
    }

    @GET
    @Operation(summary = "The triage board (TEAM_LEAD: reports about teams they lead; HR: all)")
    public List<TriageView> board() {
        return listening.board();
    }

    @GET
    @Path("public")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    @Operation(summary = "Reports HR listed publicly, with their \"me too\" counts (any employee)")
    public List<PublicReportView> publicReports() {
        return listening.publicReports();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One report with its conversation (TEAM_LEAD of the concerned team, HR)")
    public TriageView report(@PathParam("id") String id) {
        return listening.report(id);
    }

    @POST
    @Path("{id}/status")
    @Operation(summary = "Move a report on (TEAM_LEAD of the concerned team, HR)", description = "Send {status, "
            + "message}. NEW -> ACKNOWLEDGED -> IN_PROGRESS -> RESOLVED, or DECLINED from ACKNOWLEDGED or "
            + "IN_PROGRESS; any other step answers 422 naming status. The reporter reads the message.")
    public TriageView changeStatus(@PathParam("id") String id, StatusRequest request) {
        return listening.changeStatus(id, request);
    }

    @POST
    @Path("{id}/answers")
    @Operation(summary = "Answer the reporter without changing the status (TEAM_LEAD of the concerned team, HR)")
    public Response answer(@PathParam("id") String id, MessageRequest request) {
        return Response.status(201).entity(listening.answer(id, request)).build();
    }

    @POST
    @Path("{id}/public")
    @RolesAllowed(Role.HR_NAME)
    @Operation(summary = "List a report publicly so that employees can say \"me too\" (HR)")
    public TriageView listPublicly(@PathParam("id") String id) {
        return listening.listPublicly(id);
    }

    @POST
    @Path("{id}/me-too")
    @RolesAllowed(Role.EMPLOYEE_NAME)
    @Operation(summary = "Say \"me too\" on a public report (any employee, once)", description = "Stores a keyed "
            + "hash of the caller and the report, never the caller. A second time answers 409.")
    public Response meToo(@PathParam("id") String id) {
        return Response.status(201).entity(Map.of("meToo", listening.meToo(id))).build();
    }

    @POST
    @Path("{id}/hide")
    @RolesAllowed(Role.HR_NAME)
    @Operation(summary = "Hide an abusive report from the board and the public list (HR)")
    public TriageView hide(@PathParam("id") String id) {
        return listening.hide(id);
    }

    @POST
    @Path("{id}/replies/{replyId}/hide")
    @RolesAllowed(Role.HR_NAME)
    @Operation(summary = "Hide an abusive message in a report's conversation (HR)")
    public TriageView hideReply(@PathParam("id") String id, @PathParam("replyId") String replyId) {
        return listening.hideReply(id, replyId);
    }

    @POST
    @Path("{id}/redact")
    @RolesAllowed(Role.HR_NAME)
    @Operation(summary = "Remove identifying text for good (HR)", description = "Send {text}: every occurrence in "
            + "the report and its conversation becomes [redacted]; the report shows the day it was redacted. "
            + "Text that does not occur answers 422.")
    public TriageView redact(@PathParam("id") String id, RedactRequest request) {
        return listening.redact(id, request);
    }

    private static Response noStore(Response.ResponseBuilder builder) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return builder.cacheControl(noStore).build();
    }
}
