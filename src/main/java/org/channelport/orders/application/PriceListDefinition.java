package org.channelport.orders.application;

import java.math.BigDecimal;
import java.util.List;

/**
 * A price list as the ERP sends it (rule O8), as text where a channel reads text: its code (the ERP's key), name,
 * currency, tier, first and last day (ISO dates; no last day: open-ended) and all its prices.
 */
public record PriceListDefinition(String code, String name, String currency, String tier, String validFrom,
                                  String validTo, List<Price> prices) {

    /** One price: a product's net unit price from a quantity on (default 1). */
    public record Price(String sku, Integer minQuantity, BigDecimal unitPrice) {}
}
