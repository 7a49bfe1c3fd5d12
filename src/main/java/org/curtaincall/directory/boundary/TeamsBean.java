package org.curtaincall.directory.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.curtaincall.directory.entity.Role;
import org.curtaincall.platform.boundary.FieldMessages;
import org.curtaincall.platform.control.DomainException;
import org.primefaces.PrimeFaces;

/** The admin's list of teams with a dialog to create or edit one. */
@Named
@ViewScoped
public class TeamsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DirectoryService directory;

    @Inject
    transient FieldMessages messages;

    private List<TeamView> teams;
    private List<PersonView> leadCandidates;
    private boolean showInactive;

    private Long editingId;
    private String name;
    private String stage = "BACK";
    private String description;
    private List<Long> leadIds = new ArrayList<>();
    private boolean active = true;

    @PostConstruct
    void load() {
        teams = directory.listTeams(null, null, showInactive);
    }

    public void startNew() {
        editingId = null;
        name = null;
        stage = "BACK";
        description = null;
        leadIds = new ArrayList<>();
        active = true;
        leadCandidates = List.of();
    }

    public void startEdit(TeamView team) {
        editingId = team.id();
        name = team.name();
        stage = team.stage().name();
        description = team.description();
        leadIds = new ArrayList<>(team.leads().stream().map(PersonRef::id).toList());
        active = team.active();
        leadCandidates = directory.listPeople(null, team.id(), false, 0, 200).items().stream()
                .filter(p -> p.hasRole(Role.TEAM_LEAD))
                .toList();
    }

    public void save() {
        var request = new TeamRequest(name, stage, description, leadIds, active);
        try {
            if (editingId == null) {
                TeamView created = directory.createTeam(request);
                messages.info("Team \u201c" + created.name() + "\u201d created.");
            } else {
                TeamView saved = directory.updateTeam(editingId, request);
                messages.info("Team \u201c" + saved.name() + "\u201d saved.");
            }
            load();
            PrimeFaces.current().executeScript("PF('teamDialog').hide()");
        } catch (DomainException e) {
            messages.show(e);
        } catch (ConstraintViolationException e) {
            messages.show(e);
        }
    }

    public void toggleInactive() {
        load();
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public List<TeamView> getTeams() {
        return teams;
    }

    public List<PersonView> getLeadCandidates() {
        return leadCandidates;
    }

    public boolean isShowInactive() {
        return showInactive;
    }

    public void setShowInactive(boolean showInactive) {
        this.showInactive = showInactive;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public List<Long> getLeadIds() {
        return leadIds;
    }

    public void setLeadIds(List<Long> leadIds) {
        this.leadIds = leadIds;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
