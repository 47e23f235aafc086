package org.channelport.orders.domain;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * A product's net unit price for one partner, quantity and day, and where it came from (rule O4): the contract price
 * or price list ({@code sourceId}, {@code sourceName}), its tier for a list, and the quantity break that applied.
 */
public record ResolvedPrice(String sku, BigDecimal unitPrice, String currency, PriceSource source, UUID sourceId,
                            String sourceName, int fromQuantity) {}
