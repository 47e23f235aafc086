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

    /** What an order list is filtered by: status, PO number (contains), and for the brand owner the partner. */
    public record Filter(OrderStatus status, String poNumber, UUID partnerId) {}

    public Optional<PurchaseOrder> find(UUID orderId) {
        var order = Optional.ofNullable(orderId == null ? null : em.find(PurchaseOrder.class, orderId));
        return order.filter(o -> user.seesAllPartners() || user.partnerId().filter(o.partnerId()::equals).isPresent());
    }

    public PurchaseOrder get(UUID orderId) {
        return find(orderId).orElseThrow(() -> DomainException.notFound("order", orderId));
    }

    public List<PurchaseOrder> page(Filter filter, int offset, int limit) {
        return where(filter).bind(em.createQuery("select o from PurchaseOrder o" + where(filter).sql()
                        + " order by o.createdAt desc, o.id", PurchaseOrder.class))
                .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, Math.min(limit, 500))).getResultList();
    }

    public long count(Filter filter) {
        return where(filter).bind(em.createQuery("select count(o) from PurchaseOrder o" + where(filter).sql(),
                Long.class)).getSingleResult();
    }

    private Where where(Filter filter) {
        var partner = user.seesAllPartners() ? filter.partnerId() : user.requirePartner();
        return new Where().and("o.partnerId = :partner", "partner", partner)
                .and("o.status = :status", "status", filter.status())
                .and("lower(o.poNumber) like :po", "po", Where.containing(filter.poNumber()));
    }

    /** Rule O14: the ERP's feed after a place it has read, in feed order. */
    public List<PurchaseOrder> feed(long after, int limit) {
        if (!user.isErp()) {
            throw DomainException.forbidden("error.forbidden", "Only the ERP reads the order feed.");
        }
        return orders.feed(Math.max(0, after), Math.max(1, Math.min(limit, FEED_MAX)));
    }
}
