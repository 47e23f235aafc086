package org.channelport.orders.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.channelport.identity.CurrentUser;
import org.channelport.orders.application.FulfilmentService;
import org.channelport.orders.application.OrderRows;
import org.channelport.orders.application.OrderService;
import org.channelport.orders.domain.AckAction;
import org.channelport.orders.domain.InvoiceRequest;
import org.channelport.orders.domain.InvoiceStatus;
import org.channelport.orders.domain.LineAcknowledgment;
import org.channelport.orders.domain.OrderStatus;
import org.channelport.orders.domain.PaymentRequest;
import org.channelport.orders.domain.RejectReason;
import org.channelport.orders.domain.ShipmentRequest;
import org.channelport.platform.web.Messages;

/**
 * The distributor's side of an order a reseller routed to it (rule O22), on the order's page: its administrators
 * answer each line, decide a cancellation request, record shipments, invoices and payments, through the same services
 * (and checks) as the ERP's REST and SOAP calls. The forms start from what is open: the lines still to ship, the
 * shipped quantities still to invoice at the agreed prices, the invoices still owed.
 */
@Named
@ViewScoped
public class OrderAnswerView implements Serializable {
    @Inject
    OrderPageView page;
    @Inject
    OrderService orders;
    @Inject
    FulfilmentService fulfilment;
    @Inject
    CurrentUser user;
    @Inject
    Clock clock;

    private List<AckRow> ackRows;
    private List<QuantityRow> shipRows;
    private List<QuantityRow> invoiceRows;
    private String shipmentNumber;
    private String carrier;
    private String trackingNumbers;
    private LocalDate shipDate;
    private Integer packages = 1;
    private String invoiceNumber;
    private LocalDate invoiceDate;
    private LocalDate dueDate;
    private BigDecimal tax = BigDecimal.ZERO;
    private String paymentReference;
    private LocalDate paymentDate;
    private String paymentInvoice;
    private BigDecimal paymentAmount;

    /** A line's answer as the form edits it. */
    public static class AckRow implements Serializable {
        private final OrderRows.Line line;
        private AckAction action = AckAction.ACCEPT;
        private Integer quantity;
        private BigDecimal unitPrice;
        private LocalDate date;
        private RejectReason reason;

        AckRow(OrderRows.Line line) { this.line = line; }

        LineAcknowledgment toAck() {
            return switch (action == null ? AckAction.ACCEPT : action) {
                case ACCEPT -> new LineAcknowledgment(line.line(), AckAction.ACCEPT, null, null, null, null);
                case CHANGE -> new LineAcknowledgment(line.line(), AckAction.CHANGE,
                        quantity == null ? null : BigDecimal.valueOf(quantity), unitPrice, date, null);
                case BACKORDER -> new LineAcknowledgment(line.line(), AckAction.BACKORDER, null, null, date, null);
                case REJECT -> new LineAcknowledgment(line.line(), AckAction.REJECT, null, null, null,
                        reason == null ? null : reason.name());
            };
        }

        public OrderRows.Line getLine() { return line; }
        public AckAction getAction() { return action; }
        public void setAction(AckAction action) { this.action = action; }
        public Integer getQuantity() { return quantity; }
        public void setQuantity(Integer quantity) { this.quantity = quantity; }
        public BigDecimal getUnitPrice() { return unitPrice; }
        public void setUnitPrice(BigDecimal unitPrice) { this.unitPrice = unitPrice; }
        public LocalDate getDate() { return date; }
        public void setDate(LocalDate date) { this.date = date; }
        public RejectReason getReason() { return reason; }
        public void setReason(RejectReason reason) { this.reason = reason; }
    }

    /** A line's quantity to ship or invoice, starting at what is open. */
    public static class QuantityRow implements Serializable {
        private final OrderRows.Line line;
        private final int open;
        private final BigDecimal price;
        private Integer quantity;

        QuantityRow(OrderRows.Line line, int open, BigDecimal price) {
            this.line = line;
            this.open = open;
            this.price = price;
            this.quantity = open;
        }

        public OrderRows.Line getLine() { return line; }
        public int getOpen() { return open; }
        public BigDecimal getPrice() { return price; }
        public Integer getQuantity() { return quantity; }
        public void setQuantity(Integer quantity) { this.quantity = quantity; }
    }

    /** Whether the reader answers this order: an administrator of the distributor it was routed to. */
    public boolean isSupplier() {
        return page.isSupplierView() && user.isPartnerAdmin();
    }

    /** The distributor's people who are not its administrators read the order; its administrators answer. */
    public boolean isSupplierReader() {
        return page.isSupplierView() && !user.isPartnerAdmin();
    }

    private OrderStatus status() { return page.getOrder().row().status(); }

    public boolean isAnswerable() { return isSupplier() && status() == OrderStatus.SUBMITTED; }
    public boolean isDecidable() { return isSupplier() && status() == OrderStatus.CANCEL_REQUESTED; }
    public boolean isChangeDecidable() { return isSupplier() && status() == OrderStatus.CHANGE_REQUESTED; }
    public boolean isShippable() { return isSupplier() && !getShipRows().isEmpty() && !status().isRequested(); }
    public boolean isInvoiceable() { return isSupplier() && !getInvoiceRows().isEmpty() && !status().isRequested(); }
    public boolean isPayable() { return isSupplier() && !getOpenInvoices().isEmpty(); }
    /** Rule O26: answered, no request waiting, everything shipped invoiced and paid. */
    public boolean isClosable() {
        return isSupplier() && status().isAcknowledged() && getInvoiceRows().isEmpty() && getOpenInvoices().isEmpty();
    }

    public List<AckRow> getAckRows() {
        if (ackRows == null) {
            ackRows = page.getOrder().lines().stream().map(AckRow::new).toList();
        }
        return ackRows;
    }

    public List<QuantityRow> getShipRows() {
        if (shipRows == null) {
            shipRows = page.getOrder().lines().stream().filter(l -> l.status().isAccepted())
                    .map(l -> new QuantityRow(l, deliverable(l) - l.shipped(), price(l)))
                    .filter(r -> r.open > 0).toList();
        }
        return shipRows;
    }

    public List<QuantityRow> getInvoiceRows() {
        if (invoiceRows == null) {
            invoiceRows = page.getOrder().lines().stream().filter(l -> l.status().isAccepted())
                    .map(l -> new QuantityRow(l, l.shipped() - l.invoiced(), price(l)))
                    .filter(r -> r.open > 0).toList();
        }
        return invoiceRows;
    }

    public List<OrderRows.InvoiceRow> getOpenInvoices() {
        return page.getInvoices().stream().filter(i -> i.status() != InvoiceStatus.PAID).toList();
    }

    private static int deliverable(OrderRows.Line l) {
        return l.ackQuantity() != null ? l.ackQuantity() : l.quantity();
    }

    private static BigDecimal price(OrderRows.Line l) {
        return l.ackPrice() != null ? l.ackPrice() : l.unitPrice();
    }

    /** The invoice's total as the form stands: each line to the cent, plus tax. */
    public BigDecimal getInvoiceTotal() {
        var net = getInvoiceRows().stream().filter(r -> r.quantity != null && r.quantity > 0)
                .map(r -> r.price.multiply(BigDecimal.valueOf(r.quantity)).setScale(2, RoundingMode.HALF_UP))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return net.add(tax == null ? BigDecimal.ZERO : tax);
    }

    public void answer() {
        var acks = getAckRows().stream().map(AckRow::toAck).toList();
        act("answerForm", () -> orders.acknowledge(page.orderId(), acks), "orders.answer.sent");
    }

    public void acceptCancellation() {
        act("decisionForm", () -> orders.decideCancellation(page.orderId(), true), "orders.cancellation.accepted");
    }

    public void refuseCancellation() {
        act("decisionForm", () -> orders.decideCancellation(page.orderId(), false), "orders.cancellation.refused");
    }

    public void close() {
        act("closeForm", () -> orders.close(page.orderId()), "orders.closed");
    }

    public void acceptChange() {
        act("changeDecisionForm", () -> orders.decideChange(page.orderId(), true), "orders.change.accepted");
    }

    public void refuseChange() {
        act("changeDecisionForm", () -> orders.decideChange(page.orderId(), false), "orders.change.refused");
    }

    /** The payment form's one allocation (its fields repeat once, to carry the service's field names). */
    public List<Integer> getAllocations() { return List.of(0); }

    /** The table's rows sent (those with a quantity), so that a problem at {@code lines[k]} finds its table row. */
    private static int[] sent(List<QuantityRow> rows) {
        return java.util.stream.IntStream.range(0, rows.size())
                .filter(i -> rows.get(i).quantity != null && rows.get(i).quantity > 0).toArray();
    }

    /**
     * Runs a shipment or invoice; its problems at {@code lines[k]} move to the k-th row sent, tracking numbers to
     * their one field.
     */
    private Runnable remapped(Runnable action, int[] rows) {
        return () -> {
            try {
                action.run();
            } catch (org.channelport.orders.domain.OrderMismatch e) {
                throw new org.channelport.orders.domain.OrderMismatch(e.problems().stream().map(p -> {
                    var m = java.util.regex.Pattern.compile("^lines\\[(\\d+)]").matcher(p.field());
                    var field = m.find() && Integer.parseInt(m.group(1)) < rows.length
                            ? "lines[" + rows[Integer.parseInt(m.group(1))] + "]" + p.field().substring(m.end())
                            : p.field().startsWith("trackingNumbers") ? "trackingNumbers" : p.field();
                    return new org.channelport.shared.FieldProblem(field, p.messageKey(), p.message(), p.arguments());
                }).toList());
            }
        };
    }

    public void ship() {
        var rows = sent(getShipRows());
        var lines = Arrays.stream(rows).mapToObj(getShipRows()::get)
                .map(r -> new ShipmentRequest.Quantity(r.line.line(), r.quantity)).toList();
        var tracking = trackingNumbers == null ? List.<String>of() : Arrays.stream(trackingNumbers.split("[,\\s]+"))
                .filter(t -> !t.isBlank()).toList();
        act("shipForm", remapped(() -> fulfilment.ship(page.orderId(), new ShipmentRequest(shipmentNumber, carrier,
                tracking, getShipDate(), packages, lines)), rows), "orders.shipment.recorded");
    }

    public void invoice() {
        var rows = sent(getInvoiceRows());
        var lines = Arrays.stream(rows).mapToObj(getInvoiceRows()::get)
                .map(r -> new InvoiceRequest.Line(r.line.line(), r.quantity, r.price)).toList();
        var currency = page.getOrder().row().currency();
        act("invoiceForm", remapped(() -> fulfilment.invoice(page.orderId(), new InvoiceRequest(invoiceNumber,
                getInvoiceDate(), getDueDate(), currency, lines, tax, null)), rows), "orders.invoice.recorded");
    }

    public void pay() {
        act("paymentForm", () -> fulfilment.pay(new PaymentRequest(paymentReference, getPaymentDate(),
                List.of(new PaymentRequest.Allocation(paymentInvoice, paymentAmount)))), "orders.payment.recorded");
    }

    private void act(String form, Runnable action, String doneKey) {
        if (Messages.attempt(form, action)) {
            Messages.info(doneKey, page.getOrder().row().poNumber());
            page.reload();
            ackRows = null;
            shipRows = null;
            invoiceRows = null;
            shipmentNumber = null;
            invoiceNumber = null;
            paymentReference = null;
            paymentAmount = null;
            paymentInvoice = null;
        }
    }

    public LocalDate getToday() { return LocalDate.now(clock.withZone(ZoneOffset.UTC)); }
    public AckAction[] getActions() { return AckAction.values(); }
    public RejectReason[] getReasons() { return RejectReason.values(); }
    public String getShipmentNumber() { return shipmentNumber; }
    public void setShipmentNumber(String shipmentNumber) { this.shipmentNumber = shipmentNumber; }
    public String getCarrier() { return carrier; }
    public void setCarrier(String carrier) { this.carrier = carrier; }
    public String getTrackingNumbers() { return trackingNumbers; }
    public void setTrackingNumbers(String trackingNumbers) { this.trackingNumbers = trackingNumbers; }
    public LocalDate getShipDate() { return shipDate == null ? getToday() : shipDate; }
    public void setShipDate(LocalDate shipDate) { this.shipDate = shipDate; }
    public Integer getPackages() { return packages; }
    public void setPackages(Integer packages) { this.packages = packages; }
    public String getInvoiceNumber() { return invoiceNumber; }
    public void setInvoiceNumber(String invoiceNumber) { this.invoiceNumber = invoiceNumber; }
    public LocalDate getInvoiceDate() { return invoiceDate == null ? getToday() : invoiceDate; }
    public void setInvoiceDate(LocalDate invoiceDate) { this.invoiceDate = invoiceDate; }
    public LocalDate getDueDate() { return dueDate == null ? getToday().plusDays(30) : dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public BigDecimal getTax() { return tax; }
    public void setTax(BigDecimal tax) { this.tax = tax; }
    public String getPaymentReference() { return paymentReference; }
    public void setPaymentReference(String paymentReference) { this.paymentReference = paymentReference; }
    public LocalDate getPaymentDate() { return paymentDate == null ? getToday() : paymentDate; }
    public void setPaymentDate(LocalDate paymentDate) { this.paymentDate = paymentDate; }
    public String getPaymentInvoice() {
        if (paymentInvoice == null && getOpenInvoices().size() == 1) {
            paymentInvoice = getOpenInvoices().get(0).number();
        }
        return paymentInvoice;
    }
    public void setPaymentInvoice(String paymentInvoice) { this.paymentInvoice = paymentInvoice; }
    public BigDecimal getPaymentAmount() {
        if (paymentAmount == null) {
            paymentAmount = getOpenInvoices().stream().filter(i -> Objects.equals(i.number(), getPaymentInvoice()))
                    .map(i -> i.total().subtract(i.paid())).findFirst().orElse(null);
        }
        return paymentAmount;
    }
    public void setPaymentAmount(BigDecimal paymentAmount) { this.paymentAmount = paymentAmount; }
}
