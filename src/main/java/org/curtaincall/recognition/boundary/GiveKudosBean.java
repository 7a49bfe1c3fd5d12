package org.curtaincall.recognition.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.curtaincall.directory.boundary.PersonView;
import org.curtaincall.directory.boundary.TeamView;
import org.curtaincall.platform.boundary.FieldMessages;
import org.curtaincall.platform.control.DomainException;

/** "Give kudos": pick a back-stage team and its people, rate the hand-off, say thanks, tell the customer story. */
@Named
@ViewScoped
public class GiveKudosBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient KudosService kudos;

    @Inject
    transient FieldMessages messages;

    private List<TeamView> teams;
    private List<PersonView> members = List.of();
    private List<CompanyValueView> companyValues;

    private Long teamId;
    private List<Long> personIds = new ArrayList<>();
    private Integer rating;
    private String message;
    private String customerStory;
    private List<Long> values = new ArrayList<>();

    @PostConstruct
    void load() {
        teams = kudos.teamsToThank(null);
        companyValues = kudos.values(false);
    }

    public void teamChosen() {
        personIds = new ArrayList<>();
        members = teamId == null ? List.of() : kudos.membersOf(teamId);
    }

    public String give() {
        try {
            KudosView given = kudos.give(new GiveKudosRequest(teamId, personIds, rating, message, customerStory, values));
            FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
            messages.info(given.privateFeedback()
                    ? "Thank you. Your feedback went privately to the leads of " + given.teamName() + "."
                    : "Your kudos are on the wall. " + given.teamName() + " has been told.");
            return given.privateFeedback() ? "mine?faces-redirect=true" : "wall?faces-redirect=true";
        } catch (DomainException e) {
            messages.show(e);
        } catch (ConstraintViolationException e) {
            messages.show(e);
        }
        return null;
    }

    public boolean isLowRating() {
        return rating != null && rating <= 2;
    }

    public List<TeamView> getTeams() {
        return teams;
    }

    public List<PersonView> getMembers() {
        return members;
    }

    public List<CompanyValueView> getCompanyValues() {
        return companyValues;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public List<Long> getPersonIds() {
        return personIds;
    }

    public void setPersonIds(List<Long> personIds) {
        this.personIds = personIds;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getCustomerStory() {
        return customerStory;
    }

    public void setCustomerStory(String customerStory) {
        this.customerStory = customerStory;
    }

    public List<Long> getValues() {
        return values;
    }

    public void setValues(List<Long> values) {
        this.values = values;
    }
}
