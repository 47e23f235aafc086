package org.channelport.partners.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.channelport.partners.domain.ApiCredential;
import org.channelport.partners.domain.ApiCredentialRepository;
import org.channelport.partners.domain.ApplicationStatus;
import org.channelport.partners.domain.Partner;
import org.channelport.partners.domain.PartnerApplication;
import org.channelport.partners.domain.PartnerApplicationRepository;
import org.channelport.partners.domain.PartnerRepository;
import org.channelport.partners.domain.PartnerUser;
import org.channelport.partners.domain.PartnerUserRepository;

/** JPA implementations of the partners context's repositories; one small class each, grouped because each is a few queries. */
public final class JpaPartnerRepositories {
    private JpaPartnerRepositories() {}

    @ApplicationScoped
    public static class Partners implements PartnerRepository {
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

    @ApplicationScoped
    public static class Applications implements PartnerApplicationRepository {
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

    @ApplicationScoped
    public static class Users implements PartnerUserRepository {
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

    @ApplicationScoped
    public static class Credentials implements ApiCredentialRepository {
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
}
