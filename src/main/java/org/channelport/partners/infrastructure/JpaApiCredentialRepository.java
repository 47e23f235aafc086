package org.channelport.partners.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.channelport.partners.domain.ApiCredential;
import org.channelport.partners.domain.ApiCredentialRepository;

/** JPA implementation of {@link ApiCredentialRepository}. */
@ApplicationScoped
public class JpaApiCredentialRepository implements ApiCredentialRepository {
    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<ApiCredential> find(UUID id) {
        return Optional.ofNullable(em.find(ApiCredential.class, id));
    }

    @Override
    public Optional<ApiCredential> findByClientId(String clientId) {
        return em.createQuery("select c from ApiCredential c where c.clientId = :c", ApiCredential.class)
                .setParameter("c", clientId)
                .getResultStream().findFirst();
    }

    @Override
    public List<ApiCredential> forPartner(UUID partnerId) {
        return em.createQuery("select c from ApiCredential c where c.partnerId = :p order by c.createdAt desc",
                ApiCredential.class).setParameter("p", partnerId).getResultList();
    }

    @Override
    public void add(ApiCredential credential) {
        em.persist(credential);
    }
}
