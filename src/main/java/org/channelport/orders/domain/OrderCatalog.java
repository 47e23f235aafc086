package org.channelport.orders.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The catalog as one partner sees it, for checking and pricing an order's lines (rules O3–O5, O10): a product it may
 * not see is not there; a price is the one price function's (rule O4) for the order's currency.
 */
public interface OrderCatalog {
    Optional<Product> product(String sku);

    Optional<ResolvedPrice> price(Product product, int quantity, LocalDate day);
}
