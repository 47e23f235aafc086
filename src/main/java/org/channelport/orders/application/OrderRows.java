package org.channelport.orders.application;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.channelport.orders.domain.LineStatus;
import org.channelport.orders.domain.OrderChannel;
import org.channelport.orders.domain.OrderLine;
import org.channelport.orders.domain.OrderStatus;
import org.channelport.orders.domain.PriceSource;
import org.channelport.orders.domain.PurchaseOrder;
import org.channelport.orders.domain.UnitOfMeasure;

/** Orders as pages and exports show them: plain values, serializable (a view may be passivated). */
public final class OrderRows {
    private OrderRows() {}

    /**
     * An order in a list; {@code supplierId} the distributor it was routed to (rule O22), null: the brand owner; the
     * partners' names as the list's query read them ({@code OrderQueries.rows}), null where a list needs none.
     */
    public record Row(UUID id, UUID partnerId, String poNumber, OrderStatus status, OrderChannel channel,
                      String currency, BigDecimal total, int lines, LocalDate requestedDelivery, Instant createdAt,
                      Instant updatedAt, String placedBy, UUID supplierId, String partnerName, String supplierName)
            implements Serializable {
        public static Row of(PurchaseOrder o) {
            return new Row(o.id(), o.partnerId(), o.poNumber(), o.status(), o.channel(), o.currency(), o.total(),
                    o.lines().size(), o.requestedDelivery().orElse(null), o.createdAt(), o.updatedAt(), o.placedBy(),
                    o.supplierId().orElse(null), null, null);
        }

        Row named(java.util.Map<UUID, String> names) {
            return new Row(id, partnerId, poNumber, status, channel, currency, total, lines, requestedDelivery,
                    createdAt, updatedAt, placedBy, supplierId, names.get(partnerId),
                    supplierId == null ? null : names.get(supplierId));
        }

        public boolean routed() { return supplierId != null; }
    }

    /** A line with its answer. */
    public record Line(int line, String sku, String name, UnitOfMeasure unit, int quantity, BigDecimal unitPrice,
                       PriceSource priceSource, String priceSourceName, BigDecimal expectedPrice, boolean priceChanged,
                       LocalDate requestedDate, LineStatus status, Integer ackQuantity, BigDecimal ackPrice,
                       LocalDate ackDate, String reasonCode, int shipped, int invoiced, BigDecimal amount,
                       Integer requestedQuantity, LocalDate requestedChangeDate)
            implements Serializable {
        static Line of(OrderLine l) {
            return new Line(l.lineNo(), l.sku(), l.name(), l.unit(), l.quantity(), l.unitPrice(), l.priceSource(),
                    l.priceSourceName(), l.expectedPrice().orElse(null), l.priceChanged(),
                    l.requestedDate().orElse(null), l.status(), l.ackQuantity().orElse(null), l.ackPrice().orElse(null),
                    l.ackDate().orElse(null), l.reasonCode().orElse(null), l.shippedQuantity(), l.invoicedQuantity(),
                    l.amount(), l.requestedQuantity().orElse(null), l.requestedChangeDate().orElse(null));
        }
    }

    /** An order's page: the row, what else it says, its lines. */
    public record Detail(Row row, String notes, Instant submittedAt, Instant acknowledgedAt, String approvedBy,
                         List<Line> lines, UUID shipToId, String shipTo, String shipToGln, boolean changeRequestable,
                         String source)
            implements Serializable {
        public static Detail of(PurchaseOrder o) {
            return new Detail(Row.of(o), o.notes().orElse(null), o.submittedAt().orElse(null),
                    o.acknowledgedAt().orElse(null), o.approvedBy().orElse(null),
                    o.lines().stream().map(Line::of).toList(), o.shipToId().orElse(null), o.shipToText().orElse(null),
                    o.shipToGln().orElse(null), o.isChangeRequestable(),
                    o.sourceReference().orElse(null));
        }
    }

    /** A line of an order being written, priced as it would be ordered (the order form's preview). */
    public record Quote(String sku, String name, UnitOfMeasure unit, int quantity, BigDecimal unitPrice,
                        PriceSource priceSource, BigDecimal amount) implements Serializable {}

    /** A shipment as the order's page shows it: what left, how, and which lines. */
    public record ShipmentRow(String number, String carrier, List<String> trackingNumbers, LocalDate shipDate,
                              int packages, String lines) implements Serializable {
        public static ShipmentRow of(org.channelport.orders.domain.Shipment s) {
            return new ShipmentRow(s.number(), s.carrier(), s.trackingNumbers(), s.shipDate(), s.packages(),
                    String.join(", ", s.lines().stream().map(l -> "#" + l.line() + " × " + l.quantity()).toList()));
        }
    }

    /** An invoice as the order's page shows it: amounts, due date and what is paid. */
    public record InvoiceRow(String number, LocalDate invoiceDate, LocalDate dueDate, String currency, BigDecimal tax,
                             BigDecimal total, BigDecimal paid, org.channelport.orders.domain.InvoiceStatus status)
            implements Serializable {
        public static InvoiceRow of(org.channelport.orders.domain.Invoice i) {
            return new InvoiceRow(i.number(), i.invoiceDate(), i.dueDate(), i.currency(), i.tax(), i.total(), i.paid(),
                    i.status());
        }
    }
}
