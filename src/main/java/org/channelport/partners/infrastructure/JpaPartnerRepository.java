package org.channelport.partners.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import org.channelport.partners.domain.Partner;
import org.channelport.partners.domain.PartnerRepository;

/** JPA implementation of {@link PartnerRepository}. */
@ApplicationScoped
public class JpaPartnerRepository implements PartnerRepository {
    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<Partner> find(UUID id) {
        return Optional.ofNullable(em.find(Partner.class, id));
    }

    @Override
    public Optional<Partner> findForUpdate(UUID id) {
        return Optional.ofNullable(em.find(Partner.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public boolean existsWithNormalizedName(String normalizedName) {
        return exists("select count(p) from Partner p where p.normalizedName = :v", normalizedName);
    }

    @Override
    public boolean existsWithNormalizedTaxId(String normalizedTaxId) {
        return exists("select count(p) from Partner p where p.normalizedTaxId = :v", normalizedTaxId);
    }

    @Override
    public void add(Partner partner) {
        em.persist(partner);
    }

    @Override
    public long count() {
        return em.createQuery("select count(p) from Partner p", Long.class).getSingleResult();
    }

    @Override
    public void flush() {
        em.flush();
    }

    private boolean exists(String jpql, String value) {
        return em.createQuery(jpql, Long.class).setParameter("v", value).getSingleResult() > 0;
    }
}
