package org.channelport.orders.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The ERP's payment advice (rule O18): its reference, date, and the amount paid on each invoice (by number). */
public record PaymentRequest(String reference, LocalDate paymentDate, List<Allocation> invoices) {

    /** An amount paid on one invoice. */
    public record Allocation(String invoice, BigDecimal amount) {}
}
