package org.channelport.orders.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.channelport.orders.domain.ContractPrice;
import org.channelport.orders.domain.ContractPriceRepository;

/** JPA implementation of {@link ContractPriceRepository}. */
@ApplicationScoped
public class JpaContractPriceRepository implements ContractPriceRepository {
    @PersistenceContext
    EntityManager em;

    @Override
    public List<ContractPrice> ofPartnersForUpdate(Collection<UUID> partnerIds, Collection<String> skus) {
        if (partnerIds.isEmpty() || skus.isEmpty()) {
            return List.of();
        }
        var found = new ArrayList<ContractPrice>();
        var all = List.copyOf(skus);
        for (int i = 0; i < all.size(); i += 1000) {
            found.addAll(em.createQuery("select c from ContractPrice c where c.partnerId in :p and c.sku in :s",
                            ContractPrice.class).setParameter("p", List.copyOf(partnerIds))
                    .setParameter("s", all.subList(i, Math.min(all.size(), i + 1000)))
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList());
        }
        return found;
    }

    @Override
    public void add(ContractPrice price) {
        em.persist(price);
    }

    @Override
    public java.util.Optional<ContractPrice> byIdForUpdate(UUID id) {
        return java.util.Optional.ofNullable(em.find(ContractPrice.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public void remove(ContractPrice price) {
        em.remove(price);
    }
}
