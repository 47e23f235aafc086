package org.channelport.partners.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import org.channelport.partners.domain.PartnerUser;
import org.channelport.partners.domain.PartnerUserRepository;

/** JPA implementation of {@link PartnerUserRepository}. */
@ApplicationScoped
public class JpaPartnerUserRepository implements PartnerUserRepository {
    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<PartnerUser> find(UUID id) {
        return Optional.ofNullable(em.find(PartnerUser.class, id));
    }

    @Override
    public Optional<PartnerUser> findByUsername(String username) {
        return em.createQuery("select u from PartnerUser u where u.username = :u", PartnerUser.class)
                .setParameter("u", username)
                .getResultStream().findFirst();
    }

    @Override
    public boolean existsWithEmail(String email) {
        return em.createQuery("select count(u) from PartnerUser u where u.email = :e", Long.class)
                .setParameter("e", email).getSingleResult() > 0;
    }

    @Override
    public void add(PartnerUser user) {
        em.persist(user);
    }
}
