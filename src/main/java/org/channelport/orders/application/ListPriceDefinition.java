package org.channelport.orders.application;

import java.math.BigDecimal;

/**
 * One price of an existing price list as a person's form or file sets it (rule O8): the list's code, the product's
 * SKU, the quantity it applies from (default 1) and the net unit price. The list's other prices stay.
 */
public record ListPriceDefinition(String priceList, String sku, Integer minQuantity, BigDecimal unitPrice) {}
