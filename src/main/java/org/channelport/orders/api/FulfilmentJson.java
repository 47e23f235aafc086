package org.channelport.orders.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.channelport.orders.domain.InvalidOrder;
import org.channelport.orders.domain.Invoice;
import org.channelport.orders.domain.InvoiceRequest;
import org.channelport.orders.domain.InvoiceStatus;
import org.channelport.orders.domain.Payment;
import org.channelport.orders.domain.PaymentRequest;
import org.channelport.orders.domain.Shipment;
import org.channelport.orders.domain.ShipmentRequest;
import org.channelport.platform.rest.EnumOf;
import org.channelport.shared.FieldProblem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON of ship notices, invoices and payments (issue 11, rules O16–O18). */
public final class FulfilmentJson {
    private FulfilmentJson() {}

    @Schema(name = "LineQuantity", description = "A quantity of one order line, by the line's number.")
    public record LineQuantity(Integer line, Integer quantity) {}

    @Schema(name = "NewShipment", description = "A ship notice: your shipment id (sent again with the same content it "
            + "answers with the shipment recorded), carrier, tracking numbers, ship date, packages, lines shipped.")
    public record NewShipment(String number, String carrier, List<String> trackingNumbers,
                              @Schema(description = "YYYY-MM-DD") String shipDate, Integer packages,
                              List<LineQuantity> lines, @Schema(hidden = true) List<FieldProblem> problems) {
        ShipmentRequest toRequest() {
            var found = new ArrayList<FieldProblem>(problems == null ? List.of() : problems);
            var date = OrderJson.date(shipDate, "shipDate", found);
            failOn(found);
            return new ShipmentRequest(number, carrier, trackingNumbers, date, packages, lines == null ? null
                    : lines.stream().map(l -> l == null ? null : new ShipmentRequest.Quantity(l.line(), l.quantity()))
                    .toList());
        }
    }

    @Schema(name = "Shipment", description = "A shipment of an order.")
    public record ShipmentOut(String id, String orderId, String number, String carrier, List<String> trackingNumbers,
                              String shipDate, int packages, List<LineQuantity> lines) {
        static ShipmentOut of(Shipment s) {
            return new ShipmentOut(s.id().toString(), s.orderId().toString(), s.number(), s.carrier(),
                    s.trackingNumbers(), s.shipDate().toString(), s.packages(),
                    s.lines().stream().map(l -> new LineQuantity(l.line(), l.quantity())).toList());
        }
    }

    @Schema(name = "NewInvoiceLine", description = "A quantity of one order line at its agreed unit price.")
    public record NewInvoiceLine(Integer line, Integer quantity, BigDecimal unitPrice) {}

    @Schema(name = "NewInvoice", description = "An invoice for shipped quantities, in the order's currency; total, when "
            + "sent, must be the lines' amounts (each rounded to the cent) plus tax.")
    public record NewInvoice(String number, @Schema(description = "YYYY-MM-DD") String invoiceDate,
                             @Schema(description = "YYYY-MM-DD") String dueDate, String currency,
                             List<NewInvoiceLine> lines, BigDecimal tax, BigDecimal total,
                             @Schema(hidden = true) List<FieldProblem> problems) {
        InvoiceRequest toRequest() {
            var found = new ArrayList<FieldProblem>(problems == null ? List.of() : problems);
            var invoiced = OrderJson.date(invoiceDate, "invoiceDate", found);
            var due = OrderJson.date(dueDate, "dueDate", found);
            failOn(found);
            return new InvoiceRequest(number, invoiced, due, currency, lines == null ? null : lines.stream()
                    .map(l -> l == null ? null : new InvoiceRequest.Line(l.line(), l.quantity(), l.unitPrice()))
                    .toList(), tax, total);
        }
    }

    @Schema(name = "InvoiceLine", description = "An invoiced quantity of one order line.")
    public record InvoiceLineOut(int line, int quantity, BigDecimal unitPrice, BigDecimal amount) {}

    @Schema(name = "Invoice", description = "An invoice of an order, with what is paid.")
    public record InvoiceOut(String id, String orderId, String number, String invoiceDate, String dueDate,
                             String currency, BigDecimal net, BigDecimal tax, BigDecimal total, BigDecimal paid,
                             @EnumOf(InvoiceStatus.class) String status, List<InvoiceLineOut> lines) {
        static InvoiceOut of(Invoice i) {
            return new InvoiceOut(i.id().toString(), i.orderId().toString(), i.number(), i.invoiceDate().toString(),
                    i.dueDate().toString(), i.currency(), i.net(), i.tax(), i.total(), i.paid(), i.status().name(),
                    i.lines().stream().map(l -> new InvoiceLineOut(l.line(), l.quantity(), l.unitPrice(), l.amount()))
                            .toList());
        }
    }

    @Schema(name = "PaymentAllocation", description = "An amount paid on one invoice, by its number.")
    public record Allocation(String invoice, BigDecimal amount) {}

    @Schema(name = "NewPayment", description = "A payment: your reference (sent again with the same content it "
            + "answers with the payment recorded), date, and the amount paid on each invoice.")
    public record NewPayment(String reference, @Schema(description = "YYYY-MM-DD") String paymentDate,
                             List<Allocation> invoices, @Schema(hidden = true) List<FieldProblem> problems) {
        PaymentRequest toRequest() {
            var found = new ArrayList<FieldProblem>(problems == null ? List.of() : problems);
            var date = OrderJson.date(paymentDate, "paymentDate", found);
            failOn(found);
            return new PaymentRequest(reference, date, invoices == null ? null : invoices.stream()
                    .map(a -> a == null ? null : new PaymentRequest.Allocation(a.invoice(), a.amount())).toList());
        }
    }

    @Schema(name = "Payment", description = "A recorded payment.")
    public record PaymentOut(String id, String reference, String paymentDate, List<Allocation> invoices) {}

    /**
     * The payment as recorded, its invoices named as the request named them: a payment keeps its allocations in the
     * request's order, and a replay is the same request (its content is the payment's).
     */
    static PaymentOut of(Payment p, List<Allocation> sent) {
        var allocations = p.allocations();
        var out = new ArrayList<Allocation>();
        for (int i = 0; i < allocations.size(); i++) {
            out.add(new Allocation(sent.get(i).invoice().strip(), allocations.get(i).amount()));
        }
        return new PaymentOut(p.id().toString(), p.reference(), p.paymentDate().toString(), out);
    }

    private static void failOn(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidOrder(problems);
        }
    }

}
