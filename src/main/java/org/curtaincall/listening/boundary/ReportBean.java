package org.curtaincall.listening.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.curtaincall.directory.boundary.TeamView;
import org.curtaincall.listening.entity.ReportKind;
import org.curtaincall.platform.boundary.FieldMessages;
import org.curtaincall.platform.control.DomainException;

/**
 * The report form. Request scoped on purpose: the receipt lives only in the one response that shows it, never in the
 * signed-in session, so nothing on the server ties the receipt to the person who asked for it.
 */
@Named
@RequestScoped
public class ReportBean {

    @Inject
    ListeningService listening;

    @Inject
    FieldMessages messages;

    private List<TeamView> teams;
    private String kind = ReportKind.PROCESS_BREAKAGE.name();
    private Long teamId;
    private String title;
    private String description;
    private String customerImpact = "NONE";
    private String suggestedFix;
    private String receipt;

    public void submit() {
        try {
            receipt = listening.submitReport(
                    new ReportRequest(kind, teamId, title, description, customerImpact, suggestedFix)).receipt();
        } catch (DomainException e) {
            messages.show(e);
        } catch (ConstraintViolationException e) {
            messages.show(e);
        }
    }

    /** The receipt as a text file the browser saves without asking the server again. */
    public String getReceiptFile() {
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        String followUp = request.getRequestURL().toString().replace(request.getRequestURI(), "")
                + request.getContextPath() + "/listening/followup.xhtml";
        String text = "Curtain Call - receipt for your anonymous report\r\n\r\n"
                + "Receipt code: " + receipt + "\r\n\r\n"
                + "To read answers and reply, open " + followUp + " and enter this code.\r\n"
                + "Keep it private: whoever holds it can read and reply to the report.\r\n"
                + "It cannot be recovered: nobody else has it, not even the portal.\r\n";
        return "data:text/plain;charset=utf-8," + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    public List<TeamView> getTeams() {
        if (teams == null) {
            teams = listening.teams();
        }
        return teams;
    }

    public ReportKind[] getKinds() {
        return ReportKind.values();
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getCustomerImpact() {
        return customerImpact;
    }

    public void setCustomerImpact(String customerImpact) {
        this.customerImpact = customerImpact;
    }

    public String getSuggestedFix() {
        return suggestedFix;
    }

    public void setSuggestedFix(String suggestedFix) {
        this.suggestedFix = suggestedFix;
    }

    public String getReceipt() {
        return receipt;
    }
}
