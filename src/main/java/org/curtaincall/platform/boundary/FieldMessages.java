package org.curtaincall.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import org.curtaincall.platform.control.DomainException;

/**
 * Puts a refusal from a service next to the input it is about. The input is found by its id, which pages give the
 * same name as the API field ({@code <p:inputText id="username">}); without such an input the message is shown at the
 * top of the page. Services word their reasons for the API, in lower case and without a full stop; at the top of a
 * page a reason reads as a sentence, like the page's other messages.
 */
@ApplicationScoped
public class FieldMessages {

    public void show(DomainException e) {
        add(e.field(), e.reason());
    }

    public void show(ConstraintViolationException e) {
        e.getConstraintViolations().forEach(v -> add(ConstraintViolationMapper.fieldName(v), v.getMessage()));
    }

    public void info(String summary) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, summary, null));
    }

    public void error(String summary) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, sentence(summary), null));
    }

    private void add(String field, String reason) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String clientId = field == null ? null : clientIdOf(faces, field);
        String summary = clientId != null ? reason : field != null ? label(field) + " " + reason : sentence(reason);
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
        faces.validationFailed();
    }

    private static String clientIdOf(FacesContext faces, String field) {
        AtomicReference<String> found = new AtomicReference<>();
        faces.getViewRoot().visitTree(VisitContext.createVisitContext(faces), (context, component) -> {
            if (field.equals(component.getId()) && isInput(component)) {
                found.set(component.getClientId(faces));
                return VisitResult.COMPLETE;
            }
            return VisitResult.ACCEPT;
        });
        return found.get();
    }

    private static boolean isInput(UIComponent component) {
        return component instanceof UIInput || component.getFamily().contains("Input")
                || component.getFamily().contains("Select");
    }

    static String sentence(String reason) {
        if (reason.isEmpty()) {
            return reason;
        }
        String capitalised = Character.toUpperCase(reason.charAt(0)) + reason.substring(1);
        return ".!?".indexOf(reason.charAt(reason.length() - 1)) >= 0 ? capitalised : capitalised + ".";
    }

    private static String label(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1).replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT) + ":";
    }
}
