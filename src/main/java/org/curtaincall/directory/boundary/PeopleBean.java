package org.curtaincall.directory.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.curtaincall.platform.boundary.FieldMessages;
import org.curtaincall.platform.control.DomainException;
import org.curtaincall.security.boundary.AccountService;
import org.primefaces.PrimeFaces;

/** The admin's directory of people: search, create, edit, deactivate and set a password. */
@Named
@ViewScoped
public class PeopleBean implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int PAGE_SIZE = 25;

    @Inject
    transient DirectoryService directory;

    @Inject
    transient AccountService accounts;

    @Inject
    transient FieldMessages messages;

    private String query;
    private Long teamFilter;
    private boolean showInactive;
    private int page;
    private List<PersonView> people;
    private long total;
    private List<TeamView> teams;

    private Long editingId;
    private String name;
    private String username;
    private String email;
    private Long teamId;
    private List<String> roles = new ArrayList<>();
    private boolean active = true;
    private String password;

    @PostConstruct
    void load() {
        teams = directory.listTeams(null, null, false);
        search();
    }

    public void search() {
        var result = directory.listPeople(query, teamFilter, showInactive, page, PAGE_SIZE);
        if (result.items().isEmpty() && page > 0) {
            page = 0;
            result = directory.listPeople(query, teamFilter, showInactive, 0, PAGE_SIZE);
        }
        people = result.items();
        total = result.total();
    }

    public void newSearch() {
        page = 0;
        search();
    }

    public void nextPage() {
        if ((long) (page + 1) * PAGE_SIZE < total) {
            page++;
            search();
        }
    }

    public void previousPage() {
        if (page > 0) {
            page--;
            search();
        }
    }

    public void startNew() {
        editingId = null;
        name = null;
        username = null;
        email = null;
        teamId = null;
        roles = new ArrayList<>();
        active = true;
        password = null;
    }

    public void startEdit(PersonView person) {
        editingId = person.id();
        name = person.name();
        username = person.username();
        email = person.email();
        teamId = person.teamId();
        roles = new ArrayList<>(person.roles().stream().map(Enum::name).filter(r -> !r.equals("EMPLOYEE")).toList());
        active = person.active();
        password = null;
    }

    public void save() {
        var request = new PersonRequest(name, username, email, teamId, new java.util.HashSet<>(roles), active);
        try {
            PersonView saved = editingId == null ? directory.createPerson(request) : directory.updatePerson(editingId, request);
            if (password != null && !password.isEmpty()) {
                accounts.setPassword(saved.id(), password);
            }
            messages.info(saved.name() + (editingId == null ? " added." : " saved."));
            search();
            PrimeFaces.current().executeScript("PF('personDialog').hide()");
        } catch (DomainException e) {
            messages.show(e);
        } catch (ConstraintViolationException e) {
            messages.show(e);
        }
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public int getFirstShown() {
        return total == 0 ? 0 : page * PAGE_SIZE + 1;
    }

    public long getLastShown() {
        return Math.min(total, (long) (page + 1) * PAGE_SIZE);
    }

    public boolean isHasNext() {
        return (long) (page + 1) * PAGE_SIZE < total;
    }

    public boolean isHasPrevious() {
        return page > 0;
    }

    public List<PersonView> getPeople() {
        return people;
    }

    public long getTotal() {
        return total;
    }

    public List<TeamView> getTeams() {
        return teams;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    public Long getTeamFilter() {
        return teamFilter;
    }

    public void setTeamFilter(Long teamFilter) {
        this.teamFilter = teamFilter;
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

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getTeamId() {
        return teamId;
    }

    public void setTeamId(Long teamId) {
        this.teamId = teamId;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
