package org.channelport.leads.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface RoutingRuleRepository {
    /** All rules in their order (sort order, then name). */
    List<RoutingRule> all();

    Optional<RoutingRule> find(UUID id);

    void add(RoutingRule rule);

    void remove(RoutingRule rule);
}
