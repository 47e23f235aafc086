package org.channelport.orders.domain;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Partners' contract prices (rule O8), found by partner, SKU, currency, quantity break and first day. */
public interface ContractPriceRepository {
    /** The contract prices of these partners for these SKUs (as kept: upper case), locked for the change. */
    List<ContractPrice> ofPartnersForUpdate(Collection<UUID> partnerIds, Collection<String> skus);

    void add(ContractPrice price);

    /** One contract price, locked for the change. */
    java.util.Optional<ContractPrice> byIdForUpdate(UUID id);

    void remove(ContractPrice price);
}
