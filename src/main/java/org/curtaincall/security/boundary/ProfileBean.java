package org.curtaincall.security.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.curtaincall.directory.boundary.DirectoryService;
import org.curtaincall.directory.boundary.PersonView;
import org.curtaincall.platform.boundary.FieldMessages;
import org.curtaincall.platform.control.DomainException;

/** "My profile": who I am in the directory, my password and my API tokens. */
@Named
@ViewScoped
public class ProfileBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AccountService accounts;

    @Inject
    transient DirectoryService directory;

    @Inject
    transient CurrentUser currentUser;

    @Inject
    transient FieldMessages messages;

    private PersonView me;
    private List<TokenView> tokens;
    private String tokenLabel;
    private IssuedToken issued;
    private String currentPassword;
    private String newPassword;

    @PostConstruct
    void load() {
        long personId = currentUser.required().personId();
        me = directory.person(personId);
        tokens = accounts.tokensOf(personId);
    }

    public void createToken() {
        issued = accounts.issueToken(me.id(), tokenLabel);
        tokenLabel = null;
        tokens = accounts.tokensOf(me.id());
        messages.info("Token created. Copy it now: it will not be shown again.");
    }

    public void revoke(TokenView token) {
        try {
            accounts.revokeToken(me.id(), token.id());
            tokens = accounts.tokensOf(me.id());
            messages.info("Token \u201c" + token.label() + "\u201d revoked. Clients using it are signed out.");
        } catch (DomainException e) {
            messages.show(e);
        }
    }

    public void changePassword() {
        try {
            accounts.changeOwnPassword(me.id(), currentPassword, newPassword);
            messages.info("Password changed.");
            currentPassword = null;
            newPassword = null;
        } catch (DomainException e) {
            messages.show(e);
        }
    }

    public PersonView getMe() {
        return me;
    }

    public List<TokenView> getTokens() {
        return tokens;
    }

    public String getTokenLabel() {
        return tokenLabel;
    }

    public void setTokenLabel(String tokenLabel) {
        this.tokenLabel = tokenLabel;
    }

    public IssuedToken getIssued() {
        return issued;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
