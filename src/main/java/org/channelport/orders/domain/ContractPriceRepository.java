package org.channelport.orders.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Partners' contract prices (rule O8), found by partner, SKU, currency, quantity break and first day. */
public interface ContractPriceRepository {
    /** The contract price of this key, locked for the change. */
    Optional<ContractPrice> byKeyForUpdate(UUID partnerId, String sku, String currency, int minQuantity, LocalDate validFrom);

    void add(ContractPrice price);
}
