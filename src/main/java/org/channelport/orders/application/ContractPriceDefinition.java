package org.channelport.orders.application;

import java.math.BigDecimal;

/**
 * A partner's contract price as the ERP sends it (rule O8). Found by partner, SKU, currency, quantity break and first
 * day: sent again, it changes the price or the last day.
 */
public record ContractPriceDefinition(String partnerId, String sku, String currency, Integer minQuantity,
                                      BigDecimal unitPrice, String validFrom, String validTo) {}
