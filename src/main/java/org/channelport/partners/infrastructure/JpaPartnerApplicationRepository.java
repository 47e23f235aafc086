package org.channelport.partners.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.UUID;
import org.channelport.partners.domain.ApplicationStatus;
import org.channelport.partners.domain.PartnerApplication;
import org.channelport.partners.domain.PartnerApplicationRepository;

/** JPA implementation of {@link PartnerApplicationRepository}. */
@ApplicationScoped
public class JpaPartnerApplicationRepository implements PartnerApplicationRepository {
    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<PartnerApplication> find(UUID id) {
        return Optional.ofNullable(em.find(PartnerApplication.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public boolean pendingWithNormalizedName(String normalizedName) {
        return pending("a.normalizedName", normalizedName);
    }

    @Override
    public boolean pendingWithNormalizedTaxId(String normalizedTaxId) {
        return pending("a.normalizedTaxId", normalizedTaxId);
    }

    private boolean pending(String path, String value) {
        return em.createQuery("select count(a) from PartnerApplication a where " + path + " = :v and a.status = :s",
                        Long.class)
                .setParameter("v", value)
                .setParameter("s", ApplicationStatus.SUBMITTED)
                .getSingleResult() > 0;
    }

    @Override
    public void add(PartnerApplication application) {
        em.persist(application);
    }
}
