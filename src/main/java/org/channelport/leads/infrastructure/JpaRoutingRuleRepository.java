package org.channelport.leads.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.channelport.leads.domain.RoutingRule;
import org.channelport.leads.domain.RoutingRuleRepository;

/** JPA implementation of {@link RoutingRuleRepository}. */
@ApplicationScoped
public class JpaRoutingRuleRepository implements RoutingRuleRepository {
    @PersistenceContext
    EntityManager em;

    @Override
    public List<RoutingRule> all() {
        return em.createQuery("select r from RoutingRule r order by r.sortOrder, r.name", RoutingRule.class)
                .getResultList();
    }

    @Override
    public Optional<RoutingRule> find(UUID id) {
        return Optional.ofNullable(em.find(RoutingRule.class, id));
    }

    @Override
    public void add(RoutingRule rule) {
        em.persist(rule);
    }

    @Override
    public void remove(RoutingRule rule) {
        em.remove(rule);
    }
}
