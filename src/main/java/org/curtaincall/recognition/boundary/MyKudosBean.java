package org.curtaincall.recognition.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.curtaincall.platform.boundary.FieldMessages;
import org.curtaincall.platform.control.DomainException;

/** "My kudos": given and received, with withdraw while the edit window is open. */
@Named
@ViewScoped
public class MyKudosBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient KudosService kudos;

    @Inject
    transient FieldMessages messages;

    private MyKudosView mine;

    @PostConstruct
    void load() {
        mine = kudos.mine();
    }

    public void withdraw(KudosView k) {
        try {
            kudos.withdraw(k.id());
            messages.info("Withdrawn. It no longer shows anywhere.");
            load();
        } catch (DomainException e) {
            messages.show(e);
        }
    }

    public MyKudosView getMine() {
        return mine;
    }
}
