package org.channelport.orders.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.channelport.orders.domain.Invoice;
import org.channelport.orders.domain.PurchaseOrder;
import org.channelport.orders.domain.Shipment;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.platform.audit.AuditDetail;
import org.channelport.platform.notify.Mail;
import org.channelport.platform.notify.NotificationKind;
import org.channelport.platform.notify.Notifier;

/**
 * Rule O19: what the partner needs to know about its orders reaches its administrators in the app and by mail, as
 * each chose (at once, in a daily digest, or not), in the transaction of the change: an order waiting for approval,
 * the brand owner's answer, a shipment, an invoice, a cancellation request decided. Texts name only the partner's
 * own order (its PO number); everything a partner typed is text, never markup.
 */
@ApplicationScoped
public class OrderNotifications {
    @Inject
    PartnerRoster roster;
    @Inject
    Notifier notifier;

    public void awaitingApproval(PurchaseOrder order) {
        send(order, NotificationKind.ORDER_APPROVAL, "awaitingApproval", List.of(AuditDetail.of(
                "mail.order.awaitingApproval.body", po(order), AuditDetail.text(order.total().toPlainString() + " "
                        + order.currency()))));
    }

    /**
     * Rule O22: an order a reseller routed to its distributor reached it: the distributor's administrators hear of it
     * (its own orders to the brand owner go to the ERP, which reads its feed).
     */
    public void routed(PurchaseOrder order) {
        order.supplierId().ifPresent(distributor -> toSupplier(order, distributor, "routed"));
    }

    /** Rule O22: the reseller asks its distributor to cancel an order it acknowledged. */
    public void cancellationRequested(PurchaseOrder order) {
        order.supplierId().ifPresent(distributor -> toSupplier(order, distributor, "cancellationRequested"));
    }

    /**
     * Rule O22: the reseller changed or cancelled an order its distributor has not answered yet; the distributor's
     * administrators hear of it (the ERP reads such changes in its feed).
     */
    public void changedBeforeAnswer(PurchaseOrder order, boolean cancelled) {
        order.supplierId().ifPresent(distributor -> toSupplier(order, distributor,
                cancelled ? "resellerCancelled" : "resellerChanged"));
    }

    /** Rule O23: the partner asks its distributor to change an order (the ERP reads such requests in its feed). */
    public void changeRequested(PurchaseOrder order) {
        order.supplierId().ifPresent(distributor -> toSupplier(order, distributor, "changeRequested"));
    }

    /** Rule O23: the supplier accepted or refused the partner's change request. */
    public void changeDecided(PurchaseOrder order, boolean accepted) {
        var event = accepted ? "changeAccepted" : "changeRefused";
        send(order, NotificationKind.ORDER_UPDATE, event, List.of(AuditDetail.of("mail.order." + event + ".body",
                po(order))));
    }

    private void toSupplier(PurchaseOrder order, java.util.UUID distributor, String event) {
        var reseller = AuditDetail.text(roster.find(order.partnerId()).map(PartnerRoster.Member::name).orElse(""));
        notifier.notify(roster.recipients(distributor), distributor, NotificationKind.ORDER_UPDATE,
                AuditDetail.of("notification.order." + event, po(order), reseller),
                "/portal/orders/order.xhtml?id=" + order.id(),
                new Mail(AuditDetail.of("mail.order." + event + ".subject", po(order), reseller),
                        List.of(AuditDetail.of("mail.order." + event + ".body", po(order), reseller,
                                AuditDetail.text(order.total().toPlainString() + " " + order.currency())))));
    }

    public void acknowledged(PurchaseOrder order) {
        var event = order.supplierId().isPresent() ? "acknowledgedByDistributor" : "acknowledged";   // rule O22
        send(order, NotificationKind.ORDER_UPDATE, event, List.of(AuditDetail.of(
                "mail.order." + event + ".body", po(order), AuditDetail.label("enum.order." + order.status().name()))));
    }

    public void shipped(PurchaseOrder order, Shipment shipment) {
        send(order, NotificationKind.ORDER_UPDATE, "shipped", List.of(AuditDetail.of("mail.order.shipped.body",
                po(order), AuditDetail.text(shipment.number()), AuditDetail.text(shipment.shipDate()),
                AuditDetail.text(shipment.carrier()), AuditDetail.text(String.join(", ", shipment.trackingNumbers())))));
    }

    public void invoiced(PurchaseOrder order, Invoice invoice) {
        send(order, NotificationKind.ORDER_UPDATE, "invoiced", List.of(AuditDetail.of("mail.order.invoiced.body",
                po(order), AuditDetail.text(invoice.number()),
                AuditDetail.text(invoice.total().toPlainString() + " " + invoice.currency()),
                AuditDetail.text(invoice.dueDate()))));
    }

    public void cancellationDecided(PurchaseOrder order, boolean accepted) {
        var event = (accepted ? "cancellationAccepted" : "cancellationRefused")
                + (order.supplierId().isPresent() ? "ByDistributor" : "");   // rule O22: who decided
        send(order, NotificationKind.ORDER_UPDATE, event, List.of(AuditDetail.of("mail.order." + event + ".body",
                po(order))));
    }

    /** Rule O26: the supplier closed the order: nothing more ships. */
    public void closed(PurchaseOrder order) {
        send(order, NotificationKind.ORDER_UPDATE, "closed", List.of(AuditDetail.of("mail.order.closed.body",
                po(order))));
    }

    /**
     * The in-app text is {@code notification.order.<event>}, the mail's subject {@code mail.order.<event>.subject};
     * both name the order by the partner's own PO number.
     */
    private void send(PurchaseOrder order, NotificationKind kind, String event, List<AuditDetail> lines) {
        notifier.notify(roster.recipients(order.partnerId()), order.partnerId(), kind,
                AuditDetail.of("notification.order." + event, po(order)),
                "/portal/orders/order.xhtml?id=" + order.id(),
                new Mail(AuditDetail.of("mail.order." + event + ".subject", po(order)), lines));
    }

    private static String po(PurchaseOrder order) {
        return AuditDetail.text(order.poNumber());
    }
}
