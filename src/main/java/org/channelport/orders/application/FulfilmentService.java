package org.channelport.orders.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.channelport.orders.domain.Invoice;
import org.channelport.orders.domain.InvoiceRequest;
import org.channelport.orders.domain.Payment;
import org.channelport.orders.domain.PaymentRequest;
import org.channelport.orders.domain.PurchaseOrder;
import org.channelport.orders.domain.PurchaseOrderRepository;
import org.channelport.orders.domain.Shipment;
import org.channelport.orders.domain.ShipmentRequest;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.shared.DomainException;

/**
 * What the supplier (the ERP, or for a routed order its distributor: rule O22) reports after acknowledging an order
 * (rules O16–O18): ship notices, invoices and payments. Each is
 * checked against the order and applied whole or not at all; each is named by the ERP's own number (shipment id,
 * invoice number, payment reference; each supplier's numbers are its own), so that the same one sent again (a retry, a second worker) answers with what
 * was recorded, and another one under a number already used is a conflict. The order is locked first: two workers
 * sending the same notice at once are applied one after the other, and the second finds the first's.
 */
@ApplicationScoped
@Transactional
public class FulfilmentService {
    @Inject
    PurchaseOrderRepository orders;
    @Inject
    AuditTrail audit;
    @Inject
    Clock clock;
    @Inject
    OrderNotifications notifications;
    @Inject
    OrderEvents events;
    @Inject
    OrderAccess access;

    /** A shipment, invoice or payment, and whether it had been recorded before (a retry). */
    public record Recorded<T>(T value, boolean replayed) {}

    /** Rule O16. */
    public Recorded<Shipment> ship(UUID orderId, ShipmentRequest request) {
        var order = access.lockedForSupplier(orderId);
        var hash = hash(request);
        var existing = orders.shipment(order.issuer(), request.number());
        if (existing.isPresent()) {
            return replay(existing.get().orderId().equals(orderId) && existing.get().sameContent(hash),
                    existing.get(), "shipment", request.number());
        }
        var before = order.status();
        var shipment = order.ship(request, hash, clock.instant());
        orders.add(shipment);
        audit.record(order.partnerId(), OrderService.SUBJECT, order.id(), "orderShipped", before, order.status(),
                shipment.number());
        notifications.shipped(order, shipment);
        events.publish(order, OrderEvents.SHIPPED, java.util.Map.of("shipmentNumber", shipment.number()));
        return new Recorded<>(shipment, false);
    }

    /** Rule O17. */
    public Recorded<Invoice> invoice(UUID orderId, InvoiceRequest request) {
        var order = access.lockedForSupplier(orderId);
        var hash = hash(request);
        var existing = orders.invoice(order.issuer(), request.number());
        if (existing.isPresent()) {
            return replay(existing.get().orderId().equals(orderId) && existing.get().sameContent(hash),
                    existing.get(), "invoice", request.number());
        }
        var before = order.status();
        var invoice = order.invoice(request, hash, clock.instant());
        orders.add(invoice);
        audit.record(order.partnerId(), OrderService.SUBJECT, order.id(), "orderInvoiced", before, order.status(),
                invoice.number());
        notifications.invoiced(order, invoice);
        events.publish(order, OrderEvents.INVOICED, java.util.Map.of("invoiceNumber", invoice.number()));
        return new Recorded<>(invoice, false);
    }

    /** Rule O18: a payment on one or more invoices; their orders follow. */
    public Recorded<Payment> pay(PaymentRequest request) {
        var issuer = access.callerIssuer();   // the brand owner's invoices, or the distributor's own (rule O22)
        var hash = hash(request);
        var existing = orders.payment(issuer, request.reference());
        if (existing.isPresent()) {
            return replay(existing.get().sameContent(hash), existing.get(), "payment", request.reference());
        }
        var numbers = new LinkedHashSet<String>();
        if (request.invoices() != null) {
            request.invoices().stream().filter(a -> a != null && a.invoice() != null)
                    .forEach(a -> numbers.add(a.invoice().strip()));
        }
        // the orders first, then the invoices, in one order everywhere: no two payments wait on each other
        var orderIds = orders.invoicesForUpdate(issuer, numbers).values().stream().map(Invoice::orderId).distinct().sorted()
                .toList();
        orderIds.forEach(id -> orders.forUpdate(id));
        var invoices = orders.invoicesForUpdate(issuer, numbers);
        var payment = Payment.record(issuer, request, invoices, hash, clock.instant());
        orders.add(payment);
        for (var orderId : orderIds) {
            var order = orders.forUpdate(orderId).orElseThrow();
            var before = order.status();
            order.paymentsChanged(orders.invoices(orderId), clock.instant());
            audit.record(order.partnerId(), OrderService.SUBJECT, order.id(), "orderPaid", before, order.status(),
                    payment.reference());
            events.publish(order, OrderEvents.PAID, java.util.Map.of("paymentReference", payment.reference()));
        }
        return new Recorded<>(payment, false);
    }

    private static <T> Recorded<T> replay(boolean same, T existing, String what, String number) {
        if (!same) {
            throw DomainException.conflict("order.number.taken", "The " + what + " " + number
                    + " was recorded before with other content.").at("payment".equals(what) ? "reference" : "number")
                    .with(what, number);
        }
        return new Recorded<>(existing, true);
    }


    /** The request as sent (records print every member), for telling a retry from another notice under its number. */
    private static String hash(Record request) {
        return org.channelport.shared.Digests.sha256(request.toString());
    }

    /** The order's shipments and invoices, if the caller may see the order (rule O15). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Shipment> shipments(PurchaseOrder visible) {
        return orders.shipments(visible.id());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Invoice> invoices(PurchaseOrder visible) {
        return orders.invoices(visible.id());
    }
}
