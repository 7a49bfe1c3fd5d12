package org.curtaincall.recognition.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import org.curtaincall.platform.boundary.FieldMessages;
import org.curtaincall.platform.control.DomainException;

/** The admin's list of company values: add one, rename it, retire it. */
@Named
@ViewScoped
public class ValuesBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient KudosService kudos;

    @Inject
    transient FieldMessages messages;

    private List<CompanyValueView> values;
    private Long editingId;
    private String name;
    private String description;
    private boolean active = true;

    @PostConstruct
    void load() {
        values = kudos.values(true);
    }

    public void edit(CompanyValueView value) {
        editingId = value.id();
        name = value.name();
        description = value.description();
        active = value.active();
    }

    public void startNew() {
        editingId = null;
        name = null;
        description = null;
        active = true;
    }

    public void save() {
        try {
            var request = new CompanyValueRequest(name, description, active);
            CompanyValueView saved = editingId == null ? kudos.createValue(request) : kudos.updateValue(editingId, request);
            messages.info("\u201c" + saved.name() + "\u201d saved.");
            startNew();
            load();
        } catch (DomainException e) {
            messages.show(e);
        } catch (ConstraintViolationException e) {
            messages.show(e);
        }
    }

    public boolean isEditing() {
        return editingId != null;
    }

    public List<CompanyValueView> getValues() {
        return values;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }
}
