package org.curtaincall.recognition.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.curtaincall.directory.boundary.DirectoryService;
import org.curtaincall.directory.boundary.TeamView;
import org.curtaincall.directory.entity.Stage;
import org.curtaincall.platform.boundary.FieldMessages;
import org.curtaincall.platform.boundary.Page;
import org.curtaincall.platform.control.ConflictException;
import org.curtaincall.platform.control.DomainException;
import org.curtaincall.security.boundary.CurrentUser;
import org.primefaces.PrimeFaces;

/** The kudos wall: newest first, filtered by team, the giver's stage and value, with applause. */
@Named
@ViewScoped
public class WallBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 12;

    @Inject
    transient KudosService kudos;

    @Inject
    transient DirectoryService directory;

    @Inject
    transient FieldMessages messages;

    @Inject
    transient CurrentUser currentUser;

    private List<TeamView> teams;
    private List<CompanyValueView> companyValues;
    private Long teamId;
    private String stage;
    private Long valueId;
    private int page;
    private long total;
    private final List<KudosView> shown = new ArrayList<>();
    private long myId;
    private KudosView hiding;
    private String reason;

    @PostConstruct
    void load() {
        myId = currentUser.required().personId();
        teams = directory.listTeams(null, Stage.BACK, true);
        companyValues = kudos.values(true);
        filter();
    }

    public void filter() {
        page = 0;
        shown.clear();
        fetch();
    }

    public void more() {
        page++;
        fetch();
    }

    private void fetch() {
        Page<KudosView> wall = kudos.wall(teamId, stage, valueId == null ? null : String.valueOf(valueId), page, PAGE_SIZE);
        shown.addAll(wall.items());
        total = wall.total();
    }

    public void applaud(KudosView k) {
        try {
            ApplauseView applause = kudos.applaud(k.id());
            replace(k.id(), kudos.get(k.id()));
            messages.info("You applauded " + k.giverName() + "\u2019s kudos (" + applause.applause() + ").");
        } catch (ConflictException e) {
            // Applauded already, in another tab: the card shows the applause as it stands.
            replace(k.id(), kudos.get(k.id()));
            messages.show(e);
        } catch (DomainException e) {
            messages.show(e);
        }
    }

    public void startHide(KudosView k) {
        hiding = k;
        reason = null;
    }

    public void hide() {
        try {
            kudos.hide(hiding.id(), new HideRequest(reason));
            shown.removeIf(s -> s.id() == hiding.id());
            total--;
            messages.info("Hidden. The kudos is kept with your reason.");
            PrimeFaces.current().executeScript("PF('hideDialog').hide()");
        } catch (DomainException e) {
            messages.show(e);
        } catch (ConstraintViolationException e) {
            messages.show(e);
        }
    }

    private void replace(long id, KudosView fresh) {
        shown.replaceAll(s -> s.id() == id ? fresh : s);
    }

    public boolean isMoreAvailable() {
        return shown.size() < total;
    }

    public long getMyId() {
        return myId;
    }

    public List<KudosView> getKudos() {
        return shown;
    }

    public long getTotal() {
        return total;
    }

    public List<TeamView> getTeams() {
        return teams;
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

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public Long getValueId() {
        return valueId;
    }

    public void setValueId(Long valueId) {
        this.valueId = valueId;
    }

    public KudosView getHiding() {
        return hiding;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
