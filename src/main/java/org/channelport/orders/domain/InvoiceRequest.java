package org.channelport.orders.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The ERP's invoice for an order (rule O17): number, dates, currency, lines, tax and total. */
public record InvoiceRequest(String number, LocalDate invoiceDate, LocalDate dueDate, String currency,
                             List<Line> lines, BigDecimal tax, BigDecimal total) {

    /** A quantity of one order line at a unit price. */
    public record Line(Integer line, Integer quantity, BigDecimal unitPrice) {}
}
