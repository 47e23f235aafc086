package org.channelport.deals.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Creates a lock row of rule D4 the first time a scope (a country) is used, in a transaction of its own. */
@ApplicationScoped
public class DealLocks {
    @PersistenceContext
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(String scope) {
        em.createNativeQuery("insert into deal_conflict_lock (scope) values (?1)").setParameter(1, scope)
                .executeUpdate();
    }
}
