package org.channelport.orders.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.channelport.identity.CurrentUser;
import org.channelport.orders.domain.AckAction;
import org.channelport.orders.domain.InvoiceRequest;
import org.channelport.orders.domain.InvoiceStatus;
import org.channelport.orders.domain.LineAcknowledgment;
import org.channelport.orders.domain.LineRequest;
import org.channelport.orders.domain.OrderChannel;
import org.channelport.orders.domain.OrderMismatch;
import org.channelport.orders.domain.OrderRequest;
import org.channelport.orders.domain.OrderStatus;
import org.channelport.orders.domain.PaymentRequest;
import org.channelport.orders.domain.PriceBreak;
import org.channelport.orders.domain.PriceList;
import org.channelport.orders.domain.Product;
import org.channelport.orders.domain.ProductDefinition;
import org.channelport.orders.domain.PurchaseOrder;
import org.channelport.orders.domain.ShipmentRequest;
import org.channelport.partners.domain.Partner;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.partners.domain.Profiles;
import org.channelport.platform.persistence.H2Databases;
import org.channelport.shared.DomainException;
import org.channelport.shared.FieldProblem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rules O16–O18 through the service on the real schema: the ERP out of order (an invoice before any shipment, a ship
 * notice for a rejected line, more than accepted, a payment above the invoice) is refused with every field and changes
 * nothing; the same notice again is the one recorded, another under its number a conflict; the order follows to paid.
 */
class FulfilmentServiceOnH2Test {
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-05");
    private static final String T = UUID.randomUUID().toString().substring(0, 5).toUpperCase();
    private static EntityManagerFactory factory;
    private static Partner buyer;

    private EntityManager em;
    private String role;

    @BeforeAll
    static void catalog() {
        factory = H2Databases.migrated("jdbc:h2:mem:fulfilment;DB_CLOSE_DELAY=-1");
        var em = factory.createEntityManager();
        buyer = Partner.create(UUID.randomUUID(), Profiles.valid("Buyer " + T, PartnerType.DISTRIBUTOR),
                PartnerTier.GOLD, Clock.fixed(NOW, ZoneOffset.UTC));
        var products = List.of(product("A"), product("B"));
        var list = new PriceList(UUID.randomUUID(), "L-" + T, "Gold EUR", "EUR", PartnerTier.GOLD, TODAY.minusDays(1),
                null, List.of(new PriceBreak(products.get(0).sku(), 1, new BigDecimal("10.005")),
                new PriceBreak(products.get(1).sku(), 1, new BigDecimal("4"))), NOW);
        H2Databases.inTransaction(em, () -> {
            em.persist(buyer);
            products.forEach(em::persist);
            em.persist(list);
            return null;
        });
        em.close();
    }

    private static Product product(String name) {
        return Product.define(UUID.randomUUID(), new ProductDefinition(name + "-" + T, null, Map.of("en", name), null,
                "NETWORKING", "EA", 1, 1, null, null, null, null, null, null), NOW);
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @BeforeEach
    void entityManager() {
        em = factory.createEntityManager();
    }

    @AfterEach
    void closeEntityManager() {
        em.close();
    }

    private final CurrentUser user = new CurrentUser() {
        @Override public Optional<UUID> partnerId() { return role.equals("erp") ? Optional.empty() : Optional.of(buyer.id()); }
        @Override public boolean isErp() { return role.equals("erp"); }
        @Override public boolean isPartnerAdmin() { return role.equals("admin"); }
        @Override public boolean seesAllPartners() { return role.equals("erp"); }
        @Override public String name() { return role; }
    };




    private <T> T tx(Supplier<T> work) {
        return H2Databases.inTransaction(em, work);
    }

    private OrderService orders() {
        return TestOrderServices.orders(em, user, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private FulfilmentService fulfilment() {
        return TestOrderServices.fulfilment(em, user, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    /** An order of 10 A (10.005 each) and 5 B (4 each), line B rejected by the ERP. */
    private PurchaseOrder acknowledged(String po) {
        role = "admin";
        var order = tx(() -> orders().place(new OrderRequest(po + T, "EUR", null, null, List.of(
                new LineRequest("A-" + T, BigDecimal.TEN, null, null, null),
                new LineRequest("B-" + T, BigDecimal.valueOf(5), null, null, null))), OrderChannel.API, true)).order();
        role = "erp";
        return tx(() -> orders().acknowledge(order.id(), List.of(
                new LineAcknowledgment(1, AckAction.ACCEPT, null, null, null, null),
                new LineAcknowledgment(2, AckAction.REJECT, null, null, null, "NOT_AVAILABLE"))));
    }

    private static ShipmentRequest shipment(String number, int line, int quantity) {
        return new ShipmentRequest(number + T, "DHL", List.of("JD0001"), TODAY, 1,
                List.of(new ShipmentRequest.Quantity(line, quantity)));
    }

    private static List<String> fields(OrderMismatch e) {
        return e.problems().stream().map(FieldProblem::field).toList();
    }

    @Test
    void theErpOutOfOrderIsRefusedWithEveryFieldAndChangesNothing() {
        var order = acknowledged("OOO-");
        var early = new InvoiceRequest("INV-0-" + T, TODAY, TODAY.plusDays(30), "USD",
                List.of(new InvoiceRequest.Line(1, 1, new BigDecimal("10.005"))), null, null);
        assertThatThrownBy(() -> tx(() -> fulfilment().invoice(order.id(), early)))
                .as("an invoice before any shipment, in another currency")
                .isInstanceOfSatisfying(OrderMismatch.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.UNPROCESSABLE);
                    assertThat(fields(e)).containsExactly("currency", "lines[0].quantity");
                });
        assertThatThrownBy(() -> tx(() -> fulfilment().ship(order.id(), new ShipmentRequest("S-1-" + T, " ", null,
                TODAY, 0, List.of(new ShipmentRequest.Quantity(2, 1), new ShipmentRequest.Quantity(1, 8),
                new ShipmentRequest.Quantity(1, 3), new ShipmentRequest.Quantity(9, 1))))))
                .as("a rejected line, more than accepted over two lines of the notice, an unknown line")
                .isInstanceOfSatisfying(OrderMismatch.class, e -> assertThat(fields(e)).containsExactly(
                        "carrier", "packages", "lines[0].line", "lines[2].quantity", "lines[3].line"));
        em.clear();
        var unchanged = em.find(PurchaseOrder.class, order.id());
        assertThat(unchanged.status()).isEqualTo(OrderStatus.PARTLY_ACKNOWLEDGED);
        assertThat(unchanged.lines().get(0).shippedQuantity()).isZero();
        assertThat(em.createQuery("select count(s) from Shipment s where s.orderId = :o", Long.class)
                .setParameter("o", order.id()).getSingleResult()).isZero();

        role = "admin";
        assertThatThrownBy(() -> tx(() -> fulfilment().ship(order.id(), shipment("S-2-", 1, 1))))
                .as("a partner shipping").isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
    }

    @Test
    void shipInvoiceAndPayToPaidWithRetriesAnsweredAndReusedNumbersRefused() {
        var order = acknowledged("FULL-");
        var first = tx(() -> fulfilment().ship(order.id(), shipment("S-A-", 1, 4)));
        assertThat(first.replayed()).isFalse();
        assertThat(em.find(PurchaseOrder.class, order.id()).status()).isEqualTo(OrderStatus.PARTLY_SHIPPED);
        var again = tx(() -> fulfilment().ship(order.id(), shipment("S-A-", 1, 4)));
        assertThat(again.replayed()).as("the same notice again").isTrue();
        assertThat(again.value().id()).isEqualTo(first.value().id());
        assertThatThrownBy(() -> tx(() -> fulfilment().ship(order.id(), shipment("S-A-", 1, 5))))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT));
        tx(() -> fulfilment().ship(order.id(), shipment("S-B-", 1, 6)));
        assertThat(em.find(PurchaseOrder.class, order.id()).status()).isEqualTo(OrderStatus.SHIPPED);
        // rule O19: the partner hears of each shipment once (the replayed notice sent nothing more)
        var mails = em.createNativeQuery("select body_text from outbox_mail where subject = ?1 order by created_at")
                .setParameter(1, "Order shipped: FULL-" + T).getResultList();
        assertThat(mails).hasSize(2);
        assertThat(mails.get(0).toString()).contains("S-A-" + T).contains("DHL").contains("JD0001");
        assertThatThrownBy(() -> tx(() -> fulfilment().ship(order.id(), shipment("S-C-", 1, 1))))
                .as("nothing left to ship").isInstanceOf(OrderMismatch.class);

        var wrong = new InvoiceRequest("INV-1-" + T, TODAY, TODAY.minusDays(1), "EUR",
                List.of(new InvoiceRequest.Line(1, 10, new BigDecimal("10.005"))), new BigDecimal("19.00"),
                new BigDecimal("119.06"));
        assertThatThrownBy(() -> tx(() -> fulfilment().invoice(order.id(), wrong)))
                .as("due before the invoice date; 10 × 10.005 = 100.05 and 19.00 tax make 119.05")
                .isInstanceOfSatisfying(OrderMismatch.class, e -> assertThat(fields(e)).containsExactly("dueDate"));
        var wrongTotal = new InvoiceRequest("INV-1-" + T, TODAY, TODAY.plusDays(30), "EUR",
                List.of(new InvoiceRequest.Line(1, 10, new BigDecimal("10.005"))), new BigDecimal("19.00"),
                new BigDecimal("119.06"));
        assertThatThrownBy(() -> tx(() -> fulfilment().invoice(order.id(), wrongTotal)))
                .isInstanceOfSatisfying(OrderMismatch.class, e -> {
                    assertThat(fields(e)).containsExactly("total");
                    assertThat(e.problems().get(0).message()).contains("119.05");
                });
        var invoice = tx(() -> fulfilment().invoice(order.id(), new InvoiceRequest("INV-1-" + T, TODAY,
                TODAY.plusDays(30), "EUR", List.of(new InvoiceRequest.Line(1, 10, new BigDecimal("10.005"))),
                new BigDecimal("19.00"), new BigDecimal("119.05")))).value();
        assertThat(invoice.total()).isEqualByComparingTo("119.05");
        assertThat(em.find(PurchaseOrder.class, order.id()).status()).isEqualTo(OrderStatus.INVOICED);

        var tooMuch = new PaymentRequest("PAY-1-" + T, TODAY, List.of(
                new PaymentRequest.Allocation("INV-1-" + T, new BigDecimal("100.00")),
                new PaymentRequest.Allocation("INV-1-" + T, new BigDecimal("20.00")),
                new PaymentRequest.Allocation("NOPE-" + T, BigDecimal.ONE)));
        assertThatThrownBy(() -> tx(() -> fulfilment().pay(tooMuch)))
                .as("two amounts on one invoice above what it owes; an unknown invoice")
                .isInstanceOfSatisfying(OrderMismatch.class, e -> assertThat(fields(e))
                        .containsExactly("invoices[1].amount", "invoices[2].invoice"));
        var part = new PaymentRequest("PAY-2-" + T, TODAY, List.of(
                new PaymentRequest.Allocation("INV-1-" + T, new BigDecimal("100.00"))));
        tx(() -> fulfilment().pay(part));
        assertThat(tx(() -> fulfilment().pay(part)).replayed()).as("the same payment again").isTrue();
        em.clear();
        assertThat(em.find(PurchaseOrder.class, order.id()).status()).isEqualTo(OrderStatus.PARTLY_PAID);
        assertThat(em.find(org.channelport.orders.domain.Invoice.class, invoice.id()).paid())
                .as("recorded once").isEqualByComparingTo("100.00");
        tx(() -> fulfilment().pay(new PaymentRequest("PAY-3-" + T, TODAY, List.of(
                new PaymentRequest.Allocation("INV-1-" + T, new BigDecimal("19.05"))))));
        em.clear();
        assertThat(em.find(PurchaseOrder.class, order.id()).status()).isEqualTo(OrderStatus.PAID);
        assertThat(em.find(org.channelport.orders.domain.Invoice.class, invoice.id()).status())
                .isEqualTo(InvoiceStatus.PAID);
    }
}
