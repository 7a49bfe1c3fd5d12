package org.curtaincall.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.curtaincall.security.entity.ApiToken;
import org.curtaincall.security.entity.Credential;

/** Passwords and API tokens. */
@ApplicationScoped
public class CredentialRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Credential> findPassword(long personId) {
        return Optional.ofNullable(em.find(Credential.class, personId));
    }

    public void addPassword(Credential credential) {
        em.persist(credential);
    }

    public Optional<ApiToken> findTokenByHash(String tokenHash) {
        return em.createQuery("select t from ApiToken t where t.tokenHash = :h", ApiToken.class)
                .setParameter("h", tokenHash)
                .getResultStream().findFirst();
    }

    public Optional<ApiToken> findToken(long id) {
        return Optional.ofNullable(em.find(ApiToken.class, id));
    }

    public List<ApiToken> tokensOf(long personId) {
        return em.createQuery("select t from ApiToken t where t.personId = :p order by t.createdAt desc", ApiToken.class)
                .setParameter("p", personId)
                .getResultList();
    }

    public void addToken(ApiToken token) {
        em.persist(token);
    }
}
