package org.channelport.orders.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line as the partner sends it: a SKU and a quantity, and optionally the unit it means (checked against the
 * product's), the unit price it expects (kept to show a difference, never used: rule O10) and its own delivery date.
 */
public record LineRequest(String sku, BigDecimal quantity, String unit, BigDecimal expectedPrice,
                          LocalDate requestedDate) {}
