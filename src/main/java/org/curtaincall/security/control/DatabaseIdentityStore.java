package org.curtaincall.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.CallerPrincipal;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import org.curtaincall.security.boundary.AccountService;

/** Checks user names and passwords against the hashes in the database and hands back the person's roles. */
@ApplicationScoped
public class DatabaseIdentityStore implements IdentityStore {

    @Inject
    AccountService accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return accounts.checkPassword(credential.getCaller(), credential.getPasswordAsString())
                .map(caller -> new CredentialValidationResult(null, new CallerPrincipal(caller.username()), null,
                        String.valueOf(caller.personId()), caller.roles()))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
