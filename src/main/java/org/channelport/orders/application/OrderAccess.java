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

    /**
     * Whether the caller may read this order: its partner's, the brand owner, or routed to the caller's partner once
     * it was sent there (a reseller's draft, or an order waiting for its own approval, is not yet the distributor's).
     */
    public boolean canRead(PurchaseOrder order) {
        if (user.seesAllPartners()) {
            return true;
        }
        var partner = user.partnerId();
        return partner.isPresent() && (order.partnerId().equals(partner.get()) || isSupplierOf(order, partner.get()));
    }

    /** Rule O22: the order went to this distributor (it has a place in the distributor's feed). */
    static boolean isSupplierOf(PurchaseOrder order, UUID partnerId) {
        return order.feedPosition().isPresent() && order.supplierId().filter(partnerId::equals).isPresent();
    }

    /** The caller reads this order as the distributor it was routed to (not as its partner or the brand owner). */
    public boolean readsAsSupplier(PurchaseOrder order) {
        return !user.seesAllPartners() && user.partnerId().filter(p -> isSupplierOf(order, p)).isPresent();
    }

    /** The order, locked, when the caller is its supplier; else refused (404 where it may not even read it). */
    public PurchaseOrder lockedForSupplier(UUID orderId) {
        var issuer = callerIssuer();
        // read first: a caller may not lock a row it may not even read
        orders.find(orderId).filter(this::canRead).orElseThrow(() -> DomainException.notFound("order", orderId));
        var order = orders.forUpdate(orderId).orElseThrow(() -> DomainException.notFound("order", orderId));
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
