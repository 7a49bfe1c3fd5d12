package org.curtaincall.listening.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.ConstraintViolationException;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.curtaincall.platform.boundary.FieldMessages;
import org.curtaincall.platform.control.DomainException;

/** The triage board for team leads and HR: the reports, the acknowledgement clock, answers and moderation. */
@Named
@ViewScoped
public class TriageBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ListeningService listening;

    @Inject
    transient FieldMessages messages;

    private List<TriageView> board;
    private TriageView selected;
    private String status;
    private String message;
    private String answer;
    private String text;

    @PostConstruct
    void load() {
        board = listening.board();
        if (selected != null) {
            selected = listening.report(selected.id());
        }
    }

    public void select(TriageView report) {
        selected = listening.report(report.id());
        status = selected.nextStatuses().isEmpty() ? null : selected.nextStatuses().get(0).name();
        message = null;
        answer = null;
        text = null;
    }

    public void changeStatus() {
        if (act(() -> listening.changeStatus(selected.id(), new StatusRequest(status, message)))) {
            messages.info("The report is now " + selected.statusLabel() + ". The reporter sees your message.");
            message = null;
            status = selected.nextStatuses().isEmpty() ? null : selected.nextStatuses().get(0).name();
        }
    }

    public void answer() {
        if (act(() -> listening.answer(selected.id(), new MessageRequest(answer)))) {
            messages.info("Answer sent. The reporter sees it with their receipt.");
            answer = null;
        }
    }

    public void listPublicly() {
        if (act(() -> listening.listPublicly(selected.id()))) {
            messages.info("Listed publicly: employees can now say \u201cme too\u201d.");
        }
    }

    public void hide() {
        if (act(() -> listening.hide(selected.id()))) {
            messages.info("Report hidden from the board and the public list.");
        }
    }

    public void hideReply(MessageView reply) {
        if (act(() -> listening.hideReply(selected.id(), reply.id()))) {
            messages.info("Message hidden.");
        }
    }

    public void redact() {
        if (act(() -> listening.redact(selected.id(), new RedactRequest(text)))) {
            messages.info("Redacted. The original text is gone.");
            text = null;
        }
    }

    private boolean act(Supplier<TriageView> action) {
        try {
            selected = action.get();
            board = listening.board();
            return true;
        } catch (DomainException e) {
            messages.show(e);
        } catch (ConstraintViolationException e) {
            messages.show(e);
        }
        return false;
    }

    public long getOverdueCount() {
        return board.stream().filter(TriageView::overdue).count();
    }

    public List<TriageView> getBoard() {
        return board;
    }

    public TriageView getSelected() {
        return selected;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
