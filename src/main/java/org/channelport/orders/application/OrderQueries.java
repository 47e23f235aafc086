package org.channelport.orders.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.orders.domain.OrderStatus;
import org.channelport.orders.domain.PurchaseOrder;
import org.channelport.orders.domain.PurchaseOrderRepository;
import org.channelport.platform.persistence.Where;
import org.channelport.shared.DomainException;

/**
 * Reading orders (rule O15): a partner reads its own, the ERP and channel managers every partner's; another partner's
 * order answers like an unknown one. The ERP's feed (rule O14) lists new and changed orders in commit order.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OrderQueries {
    public static final int FEED_MAX = 500;

    @PersistenceContext
    EntityManager em;
    @Inject
    PurchaseOrderRepository orders;
    @Inject
    CurrentUser user;
    @Inject
    org.channelport.platform.audit.AuditTrail audit;
    @Inject
    OrderAccess access;
    @Inject
    org.channelport.partners.application.PartnerRoster roster;

    /**
     * Which orders a list shows by where they went (rule O22): {@code DIRECT} to the brand owner, {@code SELL_THROUGH}
     * routed to a distributor (for a partner: its own orders it routed), {@code INCOMING} routed to the caller's
     * partner by its resellers (a distributor's inbox; for the brand owner: the orders that came to it, as DIRECT).
     * None: the brand owner's every order, a partner's own.
     */
    public enum Route { DIRECT, SELL_THROUGH, INCOMING }

    /**
     * What an order list is filtered by: status, PO number (contains), for the brand owner the partner, and where
     * the orders went.
     */
    public record Filter(OrderStatus status, String poNumber, UUID partnerId, Route route)
            implements java.io.Serializable {
        public Filter(OrderStatus status, String poNumber, UUID partnerId) {
            this(status, poNumber, partnerId, null);
        }
    }

    public Optional<PurchaseOrder> find(UUID orderId) {
        var order = Optional.ofNullable(orderId == null ? null : em.find(PurchaseOrder.class, orderId));
        return order.filter(access::canRead);
    }

    public PurchaseOrder get(UUID orderId) {
        return find(orderId).orElseThrow(() -> DomainException.notFound("order", orderId));
    }

    public List<PurchaseOrder> page(Filter filter, int offset, int limit) {
        return read(filter, offset, Math.max(1, Math.min(limit, 500)));
    }

    private List<PurchaseOrder> read(Filter filter, int offset, int limit) {
        return where(filter).bind(em.createQuery("select o from PurchaseOrder o" + where(filter).sql()
                        + " order by o.createdAt desc, o.id", PurchaseOrder.class))
                .setFirstResult(Math.max(0, offset)).setMaxResults(limit)
                .setHint("eclipselink.batch", "o.lines").setHint("eclipselink.batch.type", "IN")   // not one per order
                .getResultList();
    }

    /** Every order of the filter, up to {@code max}, as an export writes them. */
    public List<OrderRows.Row> export(Filter filter, int max) {
        return named(read(filter, 0, max));
    }

    public long count(Filter filter) {
        return where(filter).bind(em.createQuery("select count(o) from PurchaseOrder o" + where(filter).sql(),
                Long.class)).getSingleResult();
    }

    private Where where(Filter filter) {
        var brand = user.seesAllPartners();
        var incoming = filter.route() == Route.INCOMING;
        var where = new Where();
        if (incoming && !brand) {
            // sent to it: a reseller's draft or an order waiting for its own approval is not the distributor's yet
            where.and("o.supplierId = :supplier", "supplier", user.requirePartner()).and("o.feedPosition is not null")
                    .and("o.partnerId = :partner", "partner", filter.partnerId());
        } else {
            where.and("o.partnerId = :partner", "partner", brand ? filter.partnerId() : user.requirePartner());
        }
        if (filter.route() == Route.DIRECT || (incoming && brand)) {
            where.and("o.supplierId is null");
        } else if (filter.route() == Route.SELL_THROUGH) {
            where.and("o.supplierId is not null");
        }
        return where.and("o.status = :status", "status", filter.status())
                .and("lower(o.poNumber) like :po", "po", Where.containing(filter.poNumber()));
    }

    /** A page of orders as a list shows them. */
    public List<OrderRows.Row> rows(Filter filter, int offset, int limit) {
        return named(page(filter, offset, limit));
    }

    /** The rows with their partners' and distributors' names, read once for the page (not once a row). */
    private List<OrderRows.Row> named(List<PurchaseOrder> page) {
        var names = roster.names(page.stream().flatMap(o -> java.util.stream.Stream.of(o.partnerId(),
                o.supplierId().orElse(null))).filter(java.util.Objects::nonNull).distinct().toList());
        return page.stream().map(o -> OrderRows.Row.of(o).named(names)).toList();
    }

    /** Rule O22: the caller reads this order as the distributor it was sent to ({@link OrderAccess}). */
    public boolean readsAsSupplier(UUID orderId) {
        return find(orderId).map(access::readsAsSupplier).orElse(false);
    }

    /** The order's page, if the caller may see it. */
    public Optional<OrderRows.Detail> detail(UUID orderId) {
        return find(orderId).map(OrderRows.Detail::of);
    }

    /**
     * The order's history (who did what when), if the caller may see the order. The distributor a reseller routed it
     * to reads it from the order's submission on (rule O22): the reseller's drafts and returns to draft, with their
     * notes, stay the reseller's.
     */
    public List<org.channelport.platform.audit.HistoryEntry> history(UUID orderId) {
        var order = get(orderId);
        var since = access.readsAsSupplier(order) ? order.submittedAt().orElse(java.time.Instant.MAX) : null;
        return audit.forSubject(OrderService.SUBJECT, orderId, 500).stream()
                .filter(e -> since == null || (!e.occurredAt().isBefore(since) && !RESELLERS_OWN.contains(e.action())))
                .map(org.channelport.platform.audit.HistoryEntry::new).toList();
    }

    /** What a reseller did with its order before it went to its distributor. */
    private static final java.util.Set<String> RESELLERS_OWN = java.util.Set.of("orderDrafted",
            "orderAwaitingApproval", "orderReturned");

    /** The order's shipments, if the caller may see the order. */
    public List<OrderRows.ShipmentRow> shipments(UUID orderId) {
        return orders.shipments(get(orderId).id()).stream().map(OrderRows.ShipmentRow::of).toList();
    }

    /** The order's invoices, if the caller may see the order. */
    public List<OrderRows.InvoiceRow> invoices(UUID orderId) {
        return orders.invoices(get(orderId).id()).stream().map(OrderRows.InvoiceRow::of).toList();
    }

    /** The caller's partner's orders by status (the list's figures). */
    public java.util.Map<OrderStatus, Long> countsByStatus() {
        var counts = new java.util.EnumMap<OrderStatus, Long>(OrderStatus.class);
        em.createQuery("select o.status, count(o) from PurchaseOrder o where o.partnerId = :partner group by o.status",
                        Object[].class)
                .setParameter("partner", user.requirePartner()).getResultList()
                .forEach(r -> counts.put((OrderStatus) r[0], (Long) r[1]));
        return counts;
    }

    /**
     * The caller's partner's orders the brand owner answered since then with a line it will not deliver as ordered
     * (rejected, changed, backordered): the attention home lists them.
     */
    public List<OrderRows.Row> answeredWithChanges(java.time.Instant since, int max) {
        return em.createQuery("select distinct o from PurchaseOrder o join o.lines l where o.partnerId = :partner "
                        + "and o.acknowledgedAt >= :since and l.status in :changed order by o.acknowledgedAt desc",
                        PurchaseOrder.class)
                .setParameter("partner", user.requirePartner()).setParameter("since", since)
                .setParameter("changed", List.of(org.channelport.orders.domain.LineStatus.REJECTED,
                        org.channelport.orders.domain.LineStatus.CHANGED,
                        org.channelport.orders.domain.LineStatus.BACKORDERED))
                .setMaxResults(max).getResultList().stream().map(OrderRows.Row::of).toList();
    }

    /** The caller's partner's orders whose requested delivery day has passed with something still to ship. */
    public List<OrderRows.Row> lateDeliveries(java.time.LocalDate today, int max) {
        return em.createQuery("select o from PurchaseOrder o where o.partnerId = :partner and o.requestedDelivery < :today "
                        + "and o.status in :open order by o.requestedDelivery", PurchaseOrder.class)
                .setParameter("partner", user.requirePartner()).setParameter("today", today)
                .setParameter("open", List.of(OrderStatus.SUBMITTED, OrderStatus.ACKNOWLEDGED,
                        OrderStatus.PARTLY_ACKNOWLEDGED, OrderStatus.PARTLY_SHIPPED, OrderStatus.CHANGE_REQUESTED,
                        OrderStatus.CANCEL_REQUESTED))
                .setMaxResults(max).getResultList().stream().map(OrderRows.Row::of).toList();
    }

    /**
     * Rule O22: orders the caller's partner's resellers routed to it that wait for its answer (submitted) or its
     * decision on a cancellation request, oldest first: a distributor's attention home lists them.
     */
    public List<OrderRows.Row> incomingWaiting(int max) {
        return em.createQuery("select o from PurchaseOrder o where o.supplierId = :me and o.status in :waiting "
                        + "order by o.updatedAt", PurchaseOrder.class)
                .setParameter("me", user.requirePartner())
                .setParameter("waiting", List.of(OrderStatus.SUBMITTED, OrderStatus.CANCEL_REQUESTED,
                        OrderStatus.CHANGE_REQUESTED))
                .setMaxResults(max).getResultList().stream().map(OrderRows.Row::of).toList();
    }

    /** The caller's partner's unpaid invoices due by that day (overdue ones first), with their orders. */
    public List<Object[]> invoicesDueBy(java.time.LocalDate day, int max) {
        return em.createQuery("select i.number, i.dueDate, i.total, i.paid, i.currency, i.orderId from Invoice i "
                        + "where i.partnerId = :partner and i.status <> :paid and i.dueDate <= :day order by i.dueDate",
                        Object[].class)
                .setParameter("partner", user.requirePartner())
                .setParameter("paid", org.channelport.orders.domain.InvoiceStatus.PAID).setParameter("day", day)
                .setMaxResults(max).getResultList();
    }

    /**
     * Rule O14: the supplier's feed after a place it has read, in feed order: the ERP's (orders to the brand owner),
     * or a distributor's (orders its resellers routed to it, rule O22).
     */
    public List<PurchaseOrder> feed(long after, int limit) {
        var issuer = access.callerIssuer();
        var supplier = PurchaseOrder.BRAND_ISSUER.equals(issuer) ? null : UUID.fromString(issuer);
        return orders.feed(supplier, Math.max(0, after), Math.max(1, Math.min(limit, FEED_MAX)));
    }
}
