package org.channelport.orders.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Purchase orders (rules O9–O14) and the partners' approval amounts (O12). */
public interface PurchaseOrderRepository {
    /** The order as it reads now, without a lock. */
    Optional<PurchaseOrder> find(UUID id);

    /** The order, locked for a change (two writers: one waits, then sees the other's result). */
    Optional<PurchaseOrder> forUpdate(UUID id);

    /** The partner's order of this PO number (rule O9), locked. */
    Optional<PurchaseOrder> byPoNumberForUpdate(UUID partnerId, String poNumber);

    void add(PurchaseOrder order);

    /**
     * Rule O14: the next place in the ERP's feed. Taken last in the transaction and held until it ends, so that
     * places become visible in the order they were taken: a reader that has passed a place never meets a lower one
     * later.
     */
    long nextFeedPosition();

    /** The partner's approval amounts by currency (rule O12); empty: no order needs approval. */
    Map<String, BigDecimal> approvalLimits(UUID partnerId);

    /** Sets (or with null removes) the partner's approval amount in a currency. */
    void setApprovalLimit(UUID partnerId, String currency, BigDecimal amount);

    /**
     * Orders in the feed after this place, in feed order (rule O14): the brand owner's (supplier null) or one
     * distributor's (rule O22).
     */
    List<PurchaseOrder> feed(UUID supplierId, long after, int limit);

    /** Rule O16: the shipment of this ERP shipment id, if any. */
    Optional<Shipment> shipment(String issuer, String number);

    List<Shipment> shipments(UUID orderId);

    void add(Shipment shipment);

    /** Rule O17: the invoice of this number, if any. */
    Optional<Invoice> invoice(String issuer, String number);

    /** The invoices of these numbers, locked for a payment, by number. */
    Map<String, Invoice> invoicesForUpdate(String issuer, java.util.Collection<String> numbers);

    List<Invoice> invoices(UUID orderId);

    void add(Invoice invoice);

    /** Rule O18: the payment of this reference, if any. */
    Optional<Payment> payment(String issuer, String reference);

    void add(Payment payment);
}
