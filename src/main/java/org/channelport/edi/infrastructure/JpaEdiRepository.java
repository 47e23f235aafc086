package org.channelport.edi.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.channelport.edi.domain.ArchivedInterchange;
import org.channelport.edi.domain.EdiRepository;
import org.channelport.edi.domain.OrderSource;
import org.channelport.edi.domain.TradingProfile;

@ApplicationScoped
public class JpaEdiRepository implements EdiRepository {
    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<TradingProfile> profileFor(String standard, String partnerQualifier, String partnerCode,
                                               String ourQualifier, String ourCode) {
        return em.createQuery("select p from TradingProfile p where p.standard = :standard and p.partnerQualifier = :pq "
                        + "and p.partnerCode = :pc and p.ourQualifier = :oq and p.ourCode = :oc", TradingProfile.class)
                .setParameter("standard", standard)
                .setParameter("pq", partnerQualifier).setParameter("pc", partnerCode)
                .setParameter("oq", ourQualifier).setParameter("oc", ourCode)
                .getResultStream().findFirst();
    }

    @Override
    public Optional<TradingProfile> profileOf(UUID partnerId) {
        return em.createQuery("select p from TradingProfile p where p.partnerId = :partner", TradingProfile.class)
                .setParameter("partner", partnerId).getResultStream().findFirst();
    }

    @Override
    public void add(TradingProfile profile) {
        em.persist(profile);
    }

    @Override
    public void add(ArchivedInterchange interchange) {
        em.persist(interchange);
    }

    @Override
    public boolean receivedBefore(UUID profileId, String controlNumber, Instant since) {
        return em.createQuery("select count(i) from ArchivedInterchange i where i.profileId = :profile and "
                        + "i.direction = 'IN' and i.controlNumber = :control and i.createdAt >= :since and "
                        + "i.status in ('ACCEPTED', 'ACCEPTED_WITH_ERRORS')", Long.class)
                .setParameter("profile", profileId).setParameter("control", controlNumber)
                .setParameter("since", since).getSingleResult() > 0;
    }

    @Override
    public Optional<TradingProfile> profile(UUID profileId) {
        return Optional.ofNullable(profileId == null ? null : em.find(TradingProfile.class, profileId));
    }

    @Override
    public void add(OrderSource source) {
        em.persist(source);
    }

    @Override
    public Optional<OrderSource> sourceOf(UUID orderId) {
        return Optional.ofNullable(orderId == null ? null : em.find(OrderSource.class, orderId));
    }

    @Override
    public Optional<ArchivedInterchange> interchange(UUID id) {
        return Optional.ofNullable(id == null ? null : em.find(ArchivedInterchange.class, id));
    }

    @Override
    public java.util.List<ArchivedInterchange> undelivered(UUID partnerId, int max) {
        return em.createQuery("select i from ArchivedInterchange i where i.partnerId = :partner and i.direction = 'OUT' "
                        + "and i.deliveredAt is null order by i.createdAt, i.id", ArchivedInterchange.class)
                .setParameter("partner", partnerId).setMaxResults(max).getResultList();
    }

    @Override
    public long nextControlNumber(UUID profileId, String kind) {
        // the counter's first use inserts it; two first uses at the same moment: one loses on the primary key (a
        // conflict, retried by the client) - known, rare, noted in the issue
        var updated = em.createNativeQuery("update edi_control_number set last_used = last_used + 1 "
                + "where profile_id = ? and kind = ?").setParameter(1, profileId).setParameter(2, kind).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into edi_control_number (profile_id, kind, last_used) values (?, ?, 1)")
                    .setParameter(1, profileId).setParameter(2, kind).executeUpdate();
            return 1;
        }
        return ((Number) em.createNativeQuery("select last_used from edi_control_number where profile_id = ? and kind = ?")
                .setParameter(1, profileId).setParameter(2, kind).getSingleResult()).longValue();
    }
}
