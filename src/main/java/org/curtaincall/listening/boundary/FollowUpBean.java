package org.curtaincall.listening.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import org.curtaincall.platform.boundary.FieldMessages;
import org.curtaincall.platform.control.DomainException;

/**
 * The reporter's way back in, signed in or not. Request scoped: the receipt travels with each form post and is never
 * kept in a session on the server.
 */
@Named
@RequestScoped
public class FollowUpBean {

    @Inject
    ListeningService listening;

    @Inject
    FieldMessages messages;

    private String receipt;
    private String message;
    private ReporterView report;

    public void open() {
        try {
            report = listening.openByReceipt(receipt, address());
        } catch (DomainException e) {
            messages.show(e);
        }
    }

    public void reply() {
        try {
            report = listening.replyByReceipt(receipt, address(), new MessageRequest(message));
            message = null;
            messages.info("Your reply is sent. It is as anonymous as your report.");
        } catch (DomainException e) {
            messages.show(e);
            open();
        } catch (ConstraintViolationException e) {
            messages.show(e);
            open();
        }
    }

    private static String address() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }

    public String getReceipt() {
        return receipt;
    }

    public void setReceipt(String receipt) {
        this.receipt = receipt;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public ReporterView getReport() {
        return report;
    }
}
