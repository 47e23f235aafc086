package org.channelport.orders.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.channelport.orders.domain.Invoice;
import org.channelport.orders.domain.Payment;
import org.channelport.orders.domain.PurchaseOrder;
import org.channelport.orders.domain.Shipment;
import org.channelport.orders.domain.PurchaseOrderRepository;

@ApplicationScoped
public class JpaPurchaseOrderRepository implements PurchaseOrderRepository {
    @PersistenceContext
    EntityManager em;

    @Override
    public Optional<PurchaseOrder> find(UUID id) {
        return Optional.ofNullable(em.find(PurchaseOrder.class, id));
    }

    @Override
    public Optional<PurchaseOrder> forUpdate(UUID id) {
        return Optional.ofNullable(em.find(PurchaseOrder.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<PurchaseOrder> byPoNumberForUpdate(UUID partnerId, String poNumber) {
        return em.createQuery("select o from PurchaseOrder o where o.partnerId = :partner and o.poNumber = :po",
                        PurchaseOrder.class)
                .setParameter("partner", partnerId).setParameter("po", poNumber == null ? "" : poNumber.strip())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst();
    }

    @Override
    public void add(PurchaseOrder order) {
        em.persist(order);
    }

    @Override
    public long nextFeedPosition() {
        em.flush();   // everything else first: the counter's row lock is held for as short a time as possible
        em.createNativeQuery("update order_feed_counter set last_position = last_position + 1 where id = 1")
                .executeUpdate();
        return ((Number) em.createNativeQuery("select last_position from order_feed_counter where id = 1")
                .getSingleResult()).longValue();
    }

    @Override
    public Map<String, BigDecimal> approvalLimits(UUID partnerId) {
        var limits = new LinkedHashMap<String, BigDecimal>();
        em.createNativeQuery("select currency, amount from order_approval_limit where partner_id = ?1 order by currency")
                .setParameter(1, partnerId)
                .getResultList()
                .forEach(row -> {
                    var r = (Object[]) row;
                    limits.put((String) r[0], (BigDecimal) r[1]);
                });
        return limits;
    }

    @Override
    public void setApprovalLimit(UUID partnerId, String currency, BigDecimal amount) {
        em.createNativeQuery("delete from order_approval_limit where partner_id = ?1 and currency = ?2")
                .setParameter(1, partnerId).setParameter(2, currency).executeUpdate();
        if (amount != null) {
            em.createNativeQuery("insert into order_approval_limit (partner_id, currency, amount) values (?1, ?2, ?3)")
                    .setParameter(1, partnerId).setParameter(2, currency).setParameter(3, amount).executeUpdate();
        }
    }

    @Override
    public List<PurchaseOrder> feed(UUID supplierId, long after, int limit) {
        var query = em.createQuery("select o from PurchaseOrder o where o.feedPosition > :after and "
                        + (supplierId == null ? "o.supplierId is null" : "o.supplierId = :supplier")
                        + " order by o.feedPosition", PurchaseOrder.class);
        if (supplierId != null) {
            query.setParameter("supplier", supplierId);
        }
        return query.setParameter("after", after).setMaxResults(limit)
                // the page's lines in one more query (IN), not one per order (OrderFeedBench)
                .setHint("eclipselink.batch", "o.lines").setHint("eclipselink.batch.type", "IN")
                .getResultList();
    }

    @Override
    public Optional<Shipment> shipment(String issuer, String number) {
        return em.createQuery("select s from Shipment s where s.issuer = :i and s.number = :n", Shipment.class)
                .setParameter("i", issuer).setParameter("n", number == null ? "" : number.strip()).getResultStream().findFirst();
    }

    @Override
    public List<Shipment> shipments(UUID orderId) {
        return em.createQuery("select s from Shipment s where s.orderId = :o order by s.shipDate, s.createdAt",
                Shipment.class).setParameter("o", orderId).getResultList();
    }

    @Override
    public void add(Shipment shipment) {
        em.persist(shipment);
    }

    @Override
    public Optional<Invoice> invoice(String issuer, String number) {
        return em.createQuery("select i from Invoice i where i.issuer = :i and i.number = :n", Invoice.class)
                .setParameter("i", issuer).setParameter("n", number == null ? "" : number.strip()).getResultStream().findFirst();
    }

    @Override
    public Map<String, Invoice> invoicesForUpdate(String issuer, java.util.Collection<String> numbers) {
        var found = new LinkedHashMap<String, Invoice>();
        if (!numbers.isEmpty()) {
            em.createQuery("select i from Invoice i where i.issuer = :i and i.number in :n order by i.number",
                            Invoice.class)
                    .setParameter("i", issuer).setParameter("n", numbers).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList()
                    .forEach(i -> found.put(i.number(), i));
        }
        return found;
    }

    @Override
    public List<Invoice> invoices(UUID orderId) {
        return em.createQuery("select i from Invoice i where i.orderId = :o order by i.invoiceDate, i.createdAt",
                Invoice.class).setParameter("o", orderId).getResultList();
    }

    @Override
    public void add(Invoice invoice) {
        em.persist(invoice);
    }

    @Override
    public Optional<Payment> payment(String issuer, String reference) {
        return em.createQuery("select p from Payment p where p.issuer = :i and p.reference = :r", Payment.class)
                .setParameter("i", issuer).setParameter("r", reference == null ? "" : reference.strip()).getResultStream().findFirst();
    }

    @Override
    public void add(Payment payment) {
        em.persist(payment);
    }
}
