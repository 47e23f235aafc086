package org.channelport.orders.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.channelport.orders.domain.ContractPrice;
import org.channelport.orders.domain.ContractPriceRepository;

/** JPA implementation of {@link ContractPriceRepository}. */
@ApplicationScoped
public class JpaContractPriceRepository implements ContractPriceRepository {
    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<ContractPrice> byKeyForUpdate(UUID partnerId, String sku, String currency, int minQuantity,
                                                  LocalDate validFrom) {
        return em.createQuery("select c from ContractPrice c where c.partnerId = :p and c.sku = :s and c.currency = :c "
                        + "and c.minQuantity = :m and c.validFrom = :f", ContractPrice.class)
                .setParameter("p", partnerId).setParameter("s", sku).setParameter("c", currency)
                .setParameter("m", minQuantity).setParameter("f", validFrom)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst();
    }

    @Override
    public void add(ContractPrice price) {
        em.persist(price);
    }
}
