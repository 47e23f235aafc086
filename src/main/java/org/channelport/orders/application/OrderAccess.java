package org.channelport.orders.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.identity.Roles;
import org.channelport.orders.domain.PurchaseOrder;
import org.channelport.orders.domain.PurchaseOrderRepository;
import org.channelport.shared.DomainException;

/**
 * Who may read and who answers an order (rules O15, O22), in one place for the order service, fulfilment and the
 * queries. A partner reads its own orders and those its resellers routed to it; the brand owner (ERP, channel
 * managers) reads every order. The supplier answers: the ERP for orders to the brand owner, the distributor's
 * administrators and systems for orders routed to it; the brand owner never changes a routed order. An order the
 * caller may not read answers like an unknown one.
 */
@ApplicationScoped
public class OrderAccess {
    @Inject
    PurchaseOrderRepository orders;
    @Inject
    CurrentUser user;

    /** Whether the caller may read this order: its partner's, routed to the caller's partner, or the brand owner. */
    public boolean canRead(PurchaseOrder order) {
        if (user.seesAllPartners()) {
            return true;
        }
        var partner = user.partnerId();
        return partner.isPresent() && (order.partnerId().equals(partner.get())
                || order.supplierId().filter(partner.get()::equals).isPresent());
    }

    /** The order, locked, when the caller is its supplier; else refused (404 where it may not even read it). */
    public PurchaseOrder lockedForSupplier(UUID orderId) {
        var issuer = callerIssuer();
        var order = orders.forUpdate(orderId).filter(this::canRead)
                .orElseThrow(() -> DomainException.notFound("order", orderId));
        if (!order.issuer().equals(issuer)) {
            throw order.supplierId().isPresent() && user.seesAllPartners()
                    ? DomainException.forbidden("order.route.distributorAnswers",
                            "This order went to a distributor: only the distributor answers, ships and invoices it.")
                    : DomainException.forbidden("order.route.supplierAnswers",
                            "Only the supplier the order went to answers it.");
        }
        return order;
    }

    /**
     * The supplier the caller acts for, as it issues shipment ids, invoice numbers and payment references: the ERP
     * for the brand owner, a partner's administrators and systems for their distributor; nobody else.
     */
    public String callerIssuer() {
        if (user.isErp()) {
            return PurchaseOrder.BRAND_ISSUER;
        }
        Optional<UUID> partner = user.partnerId();
        if (partner.isPresent() && (user.isPartnerAdmin() || user.hasRole(Roles.PARTNER_API))) {
            return partner.get().toString();
        }
        throw DomainException.forbidden("error.forbidden",
                "Only the ERP, or a distributor's administrators and systems, answer orders.");
    }
}
