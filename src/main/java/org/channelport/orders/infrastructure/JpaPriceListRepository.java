package org.channelport.orders.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.channelport.orders.domain.PriceList;
import org.channelport.orders.domain.PriceListRepository;

/** JPA implementation of {@link PriceListRepository}. */
@ApplicationScoped
public class JpaPriceListRepository implements PriceListRepository {
    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<PriceList> byCodeForUpdate(String code) {
        return em.createQuery("select l from PriceList l where l.code = :code", PriceList.class)
                .setParameter("code", code).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public void add(PriceList list) {
        em.persist(list);
    }
}
