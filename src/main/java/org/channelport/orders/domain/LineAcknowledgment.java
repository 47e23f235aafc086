package org.channelport.orders.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The ERP's answer for one line (rule O13): accept; change the quantity, the price or the date (at least one);
 * backorder, with the date it expects to deliver; or reject with a reason code.
 */
public record LineAcknowledgment(int line, AckAction action, BigDecimal quantity, BigDecimal unitPrice,
                                 LocalDate date, String reasonCode) {}
