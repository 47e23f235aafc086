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
import org.channelport.identity.Roles;
import org.channelport.orders.domain.AckAction;
import org.channelport.orders.domain.InvalidOrder;
import org.channelport.orders.domain.InvoiceRequest;
import org.channelport.orders.domain.LineAcknowledgment;
import org.channelport.orders.domain.LineRequest;
import org.channelport.orders.domain.OrderChannel;
import org.channelport.orders.domain.OrderMismatch;
import org.channelport.orders.domain.OrderRequest;
import org.channelport.orders.domain.OrderRoute;
import org.channelport.orders.domain.OrderStatus;
import org.channelport.orders.domain.PaymentRequest;
import org.channelport.orders.domain.PriceBreak;
import org.channelport.orders.domain.PriceList;
import org.channelport.orders.domain.Product;
import org.channelport.orders.domain.ProductDefinition;
import org.channelport.orders.domain.PurchaseOrder;
import org.channelport.orders.domain.ShipmentRequest;
import org.channelport.orders.infrastructure.JpaPurchaseOrderRepository;
import org.channelport.partners.application.PartnerRoster;
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
 * Rule O22 through the services on the real schema: a retailer's order routed to its distributor is answered, shipped,
 * invoiced and paid by that distributor alone (the ERP, the retailer itself, another distributor and the distributor's
 * plain users are refused), feeds and lists keep each side's orders apart, and each supplier's numbers are its own.
 */
class TwoTierOrdersOnH2Test {
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-05");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final String T = UUID.randomUUID().toString().substring(0, 5).toUpperCase();
    private static EntityManagerFactory factory;
    private static Partner distributor;
    private static Partner otherDistributor;
    private static Partner retailer;
    private static Partner loner;

    private EntityManager em;
    /** Who calls: its partner (null: the brand owner's ERP) and role ("erp", "admin", "system", "user"). */
    private UUID caller;
    private String role;

    @BeforeAll
    static void partners() {
        factory = H2Databases.migrated("jdbc:h2:mem:two-tier;DB_CLOSE_DELAY=-1");
        var em = factory.createEntityManager();
        distributor = Partner.create(UUID.randomUUID(), Profiles.valid("Dist " + T, PartnerType.DISTRIBUTOR),
                PartnerTier.GOLD, CLOCK);
        otherDistributor = Partner.create(UUID.randomUUID(), Profiles.valid("Other " + T, PartnerType.DISTRIBUTOR),
                PartnerTier.GOLD, CLOCK);
        retailer = Partner.create(UUID.randomUUID(), Profiles.valid("Shop " + T, PartnerType.RETAILER),
                PartnerTier.GOLD, CLOCK);
        loner = Partner.create(UUID.randomUUID(), Profiles.valid("Alone " + T, PartnerType.RETAILER),
                PartnerTier.GOLD, CLOCK);
        var product = Product.define(UUID.randomUUID(), new ProductDefinition("TT-" + T, null, Map.of("en", "Two tier"),
                null, "NETWORKING", "EA", 1, 1, null, null, null, null, null, null), NOW);
        var list = new PriceList(UUID.randomUUID(), "TT-" + T, "Gold EUR " + T, "EUR", PartnerTier.GOLD,
                TODAY.minusDays(30), null, List.of(new PriceBreak(product.sku(), 1, new BigDecimal("10"))), NOW);
        H2Databases.inTransaction(em, () -> {
            em.persist(distributor);
            em.persist(otherDistributor);
            em.persist(retailer);
            em.persist(loner);
            em.flush();   // the distributor's row before the reference to it
            retailer.linkToParent(distributor, CLOCK);
            em.persist(product);
            em.persist(list);
            return null;
        });
        em.close();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @BeforeEach
    void entityManager() {
        em = factory.createEntityManager();
        as(retailer, "admin");
    }

    @AfterEach
    void closeEntityManager() {
        em.close();
    }

    private void as(Partner partner, String role) {
        this.caller = partner == null ? null : partner.id();
        this.role = role;
    }

    private final CurrentUser user = new CurrentUser() {
        @Override public Optional<UUID> partnerId() { return Optional.ofNullable(caller); }
        @Override public boolean isPartnerAdmin() { return role.equals("admin") && caller != null; }
        @Override public boolean isErp() { return role.equals("erp"); }
        @Override public boolean isChannelManager() { return role.equals("manager"); }
        @Override public boolean seesAllPartners() { return role.equals("erp") || role.equals("manager"); }
        @Override public boolean hasRole(String r) { return r.equals(Roles.PARTNER_API) && role.equals("system"); }
        @Override public String name() { return role; }
    };

    private <T> T tx(Supplier<T> work) {
        return H2Databases.inTransaction(em, work);
    }

    private JpaPurchaseOrderRepository repository() {
        var repository = new JpaPurchaseOrderRepository();
        H2Databases.inject(repository, "em", em);
        return repository;
    }

    private OrderService orders() {
        return TestOrderServices.orders(em, user, CLOCK);
    }

    private FulfilmentService fulfilment() {
        return TestOrderServices.fulfilment(em, user, CLOCK);
    }

    private OrderQueries queries() {
        var queries = new OrderQueries();
        queries.em = em;
        queries.user = user;
        queries.orders = repository();
        queries.access = TestOrderServices.access(em, user);
        queries.audit = TestOrderServices.audit(em, user, CLOCK);
        queries.roster = new PartnerRoster();
        H2Databases.inject(queries.roster, "em", em);
        return queries;
    }

    private static OrderRequest request(String po, OrderRoute route, int quantity) {
        return new OrderRequest(po + T, "EUR", null, null,
                List.of(new LineRequest("TT-" + T, BigDecimal.valueOf(quantity), null, null, null)), null, route);
    }

    private PurchaseOrder place(String po, OrderRoute route) {
        return tx(() -> orders().place(request(po, route, 4), OrderChannel.API, true)).order();
    }

    private static List<LineAcknowledgment> acceptAll() {
        return List.of(new LineAcknowledgment(1, AckAction.ACCEPT, null, null, null, null));
    }

    private static void refused(Runnable call, DomainException.Kind kind) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(kind));
    }

    @Test
    void aRoutedOrderIsTheDistributorsToAnswerShipInvoiceAndBePaidForAndNobodyElses() {
        var order = place("R-1-", OrderRoute.DISTRIBUTOR);
        assertThat(order.status()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(order.supplierId()).contains(distributor.id());
        assertThat(order.route()).isEqualTo(OrderRoute.DISTRIBUTOR);

        as(null, "erp");
        refused(() -> tx(() -> orders().acknowledge(order.id(), acceptAll())), DomainException.Kind.FORBIDDEN);
        refused(() -> tx(() -> orders().decideCancellation(order.id(), true)), DomainException.Kind.FORBIDDEN);
        refused(() -> tx(() -> fulfilment().invoice(order.id(), new InvoiceRequest("X-" + T, TODAY, TODAY, "EUR",
                List.of(), BigDecimal.ZERO, null))), DomainException.Kind.FORBIDDEN);
        as(retailer, "admin");
        refused(() -> tx(() -> orders().acknowledge(order.id(), acceptAll())), DomainException.Kind.FORBIDDEN);
        as(otherDistributor, "admin");
        refused(() -> tx(() -> orders().acknowledge(order.id(), acceptAll())), DomainException.Kind.NOT_FOUND);
        as(distributor, "user");
        refused(() -> tx(() -> orders().acknowledge(order.id(), acceptAll())), DomainException.Kind.FORBIDDEN);
        em.clear();
        assertThat(em.find(PurchaseOrder.class, order.id()).status()).as("nothing changed").isEqualTo(OrderStatus.SUBMITTED);

        as(distributor, "system");
        assertThat(tx(() -> orders().acknowledge(order.id(), acceptAll())).status()).isEqualTo(OrderStatus.ACKNOWLEDGED);
        var shipment = new ShipmentRequest("S-" + T, "DHL", List.of("1Z"), TODAY, 1,
                List.of(new ShipmentRequest.Quantity(1, 4)));
        assertThat(tx(() -> fulfilment().ship(order.id(), shipment)).replayed()).isFalse();
        var invoice = new InvoiceRequest("I-" + T, TODAY, TODAY.plusDays(30), "EUR",
                List.of(new InvoiceRequest.Line(1, 4, new BigDecimal("10"))), BigDecimal.ZERO, new BigDecimal("40.00"));
        tx(() -> fulfilment().invoice(order.id(), invoice));

        // the brand owner's own order with the same shipment id, invoice number and payment reference: its own numbers
        as(otherDistributor, "admin");
        var direct = place("D-1-", null);
        as(null, "erp");
        tx(() -> orders().acknowledge(direct.id(), acceptAll()));
        assertThat(tx(() -> fulfilment().ship(direct.id(), shipment)).replayed()).as("the brand's S- is another").isFalse();
        tx(() -> fulfilment().invoice(direct.id(), invoice));
        var payment = new PaymentRequest("P-" + T, TODAY, List.of(new PaymentRequest.Allocation("I-" + T,
                new BigDecimal("40.00"))));
        tx(() -> fulfilment().pay(payment));
        em.clear();
        assertThat(em.find(PurchaseOrder.class, direct.id()).status()).isEqualTo(OrderStatus.PAID);
        assertThat(em.find(PurchaseOrder.class, order.id()).status()).as("the ERP paid its own invoice I-, not the "
                + "distributor's").isEqualTo(OrderStatus.INVOICED);

        as(distributor, "admin");
        tx(() -> fulfilment().pay(payment));
        em.clear();
        assertThat(em.find(PurchaseOrder.class, order.id()).status()).isEqualTo(OrderStatus.PAID);
        assertThat(em.createQuery("select count(s) from Shipment s where s.number = :n", Long.class)
                .setParameter("n", "S-" + T).getSingleResult()).isEqualTo(2);

        as(otherDistributor, "admin");
        assertThatThrownBy(() -> tx(() -> fulfilment().pay(new PaymentRequest("P2-" + T, TODAY, List.of(
                new PaymentRequest.Allocation("I-" + T, BigDecimal.ONE))))))
                .as("another distributor cannot even name the distributor's invoice")
                .isInstanceOfSatisfying(OrderMismatch.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("invoices[0].invoice"));
    }

    @Test
    void feedsAndListsKeepTheBrandOwnersOrdersAndEachDistributorsApart() {
        var routed = place("F-1-", OrderRoute.DISTRIBUTOR);
        var direct = place("F-2-", OrderRoute.BRAND_OWNER);

        as(null, "erp");
        var erpFeed = queries().feed(0, 500).stream().map(PurchaseOrder::id).toList();
        assertThat(erpFeed).contains(direct.id()).doesNotContain(routed.id());
        as(distributor, "system");
        assertThat(queries().feed(0, 500)).extracting(PurchaseOrder::id).contains(routed.id()).doesNotContain(direct.id());
        as(otherDistributor, "system");
        assertThat(queries().feed(0, 500)).extracting(PurchaseOrder::id).doesNotContain(routed.id(), direct.id());
        as(distributor, "user");
        refused(() -> queries().feed(0, 500), DomainException.Kind.FORBIDDEN);

        as(distributor, "user");
        assertThat(queries().find(routed.id())).as("the distributor's people read what was routed to it").isPresent();
        assertThat(queries().find(direct.id())).as("and nothing else of the reseller").isEmpty();
        var incoming = new OrderQueries.Filter(null, "F-", null, OrderQueries.Route.INCOMING);
        assertThat(queries().rows(incoming, 0, 50)).extracting(OrderRows.Row::id).containsExactly(routed.id());
        assertThat(queries().rows(new OrderQueries.Filter(null, "F-", null), 0, 50)).as("its own orders").isEmpty();
        assertThat(queries().incomingWaiting(50)).as("its attention home: the order waits for its answer")
                .extracting(OrderRows.Row::id).contains(routed.id()).doesNotContain(direct.id());
        as(otherDistributor, "admin");
        assertThat(queries().find(routed.id())).isEmpty();
        assertThat(queries().rows(incoming, 0, 50)).isEmpty();
        assertThat(queries().incomingWaiting(50)).extracting(OrderRows.Row::id).doesNotContain(routed.id());

        as(null, "manager");
        assertThat(queries().rows(new OrderQueries.Filter(null, "F-", null, OrderQueries.Route.SELL_THROUGH), 0, 50))
                .extracting(OrderRows.Row::id).containsExactly(routed.id());
        assertThat(queries().rows(new OrderQueries.Filter(null, "F-", null, OrderQueries.Route.DIRECT), 0, 50))
                .extracting(OrderRows.Row::id).containsExactly(direct.id());
        as(retailer, "user");
        assertThat(queries().rows(new OrderQueries.Filter(null, "F-", null), 0, 50)).extracting(OrderRows.Row::id)
                .containsExactlyInAnyOrder(routed.id(), direct.id());
    }

    @Test
    void onlyALinkedResellerRoutesAndASentOrderKeepsItsSupplier() {
        as(loner, "admin");
        long before = count();
        assertThatThrownBy(() -> tx(() -> orders().place(request("N-1-", OrderRoute.DISTRIBUTOR, 1), OrderChannel.API,
                true))).isInstanceOfSatisfying(InvalidOrder.class, e -> assertThat(e.problems())
                .extracting(FieldProblem::field).containsExactly("routeTo"));
        assertThat(count()).as("nothing saved").isEqualTo(before);

        as(retailer, "admin");
        var draft = tx(() -> orders().place(request("N-2-", OrderRoute.BRAND_OWNER, 1), OrderChannel.PORTAL, false))
                .order();
        var rerouted = tx(() -> orders().change(draft.id(), request("N-2-", OrderRoute.DISTRIBUTOR, 1)));
        assertThat(rerouted.supplierId()).as("a draft may still change its supplier").contains(distributor.id());
        tx(() -> orders().submit(draft.id()));
        assertThatThrownBy(() -> tx(() -> orders().change(draft.id(), request("N-2-", OrderRoute.BRAND_OWNER, 2))))
                .isInstanceOfSatisfying(InvalidOrder.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("routeTo"));
        em.clear();
        assertThat(em.find(PurchaseOrder.class, draft.id()).lines().get(0).quantity()).isEqualTo(1);

        assertThat(tx(() -> orders().place(request("N-2-", OrderRoute.DISTRIBUTOR, 1), OrderChannel.API, true))
                .replayed()).as("the same PO and route again: the first order").isTrue();
        assertThatThrownBy(() -> tx(() -> orders().place(request("N-2-", OrderRoute.BRAND_OWNER, 1), OrderChannel.API,
                true))).as("the route is part of the order's content").isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("order.poNumber.taken"));
        var unaware = new OrderRequest("N-2-" + T, "EUR", null, null, List.of(new LineRequest("TT-" + T,
                BigDecimal.ONE, null, null, null)), null, null);
        assertThat(tx(() -> orders().change(draft.id(), unaware)).route()).as("a change that names no route keeps it")
                .isEqualTo(OrderRoute.DISTRIBUTOR);
    }

    /** Rule O22: a reseller's draft is its own until sent; then the distributor reads it from its submission on. */
    @Test
    void theDistributorSeesARoutedOrderOnlyOnceItWasSent() {
        var draft = tx(() -> orders().place(request("H-1-", OrderRoute.DISTRIBUTOR, 1), OrderChannel.PORTAL, false))
                .order();
        var incoming = new OrderQueries.Filter(null, "H-1-" + T, null, OrderQueries.Route.INCOMING);
        as(distributor, "admin");
        assertThat(queries().find(draft.id())).as("a draft").isEmpty();
        assertThat(queries().rows(incoming, 0, 50)).isEmpty();
        refused(() -> tx(() -> orders().acknowledge(draft.id(), acceptAll())), DomainException.Kind.NOT_FOUND);
        as(retailer, "admin");
        tx(() -> orders().submit(draft.id()));
        as(distributor, "user");
        assertThat(queries().rows(incoming, 0, 50)).extracting(OrderRows.Row::id).containsExactly(draft.id());
        assertThat(queries().history(draft.id())).extracting(org.channelport.platform.audit.HistoryEntry::getAction)
                .as("from its submission on").containsExactly("orderSentToDistributor");
        as(retailer, "user");
        assertThat(queries().history(draft.id())).extracting(org.channelport.platform.audit.HistoryEntry::getAction)
                .containsExactlyInAnyOrder("orderDrafted", "orderSentToDistributor");
    }

    /** Rule O23: after the answer the partner asks, the supplier decides; every problem at its field, nothing changed. */
    @Test
    void aChangeAfterTheAnswerIsAskedForAndTheSupplierDecides() {
        var order = place("C-1-", OrderRoute.DISTRIBUTOR);
        as(distributor, "admin");
        tx(() -> orders().acknowledge(order.id(), acceptAll()));
        as(retailer, "user");
        assertThatThrownBy(() -> tx(() -> orders().requestChange(order.id(), List.of(
                new org.channelport.orders.domain.LineChange(1, BigDecimal.ZERO, TODAY.minusDays(1)),
                new org.channelport.orders.domain.LineChange(9, BigDecimal.ONE, null),
                new org.channelport.orders.domain.LineChange(1, BigDecimal.ONE, null)))))
                .isInstanceOfSatisfying(InvalidOrder.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::messageKey).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("lines[0].quantity", "order.line.quantity.invalid"),
                                org.assertj.core.groups.Tuple.tuple("lines[0].date", "order.date.past"),
                                org.assertj.core.groups.Tuple.tuple("lines[1].line", "order.ack.line.unknown"),
                                org.assertj.core.groups.Tuple.tuple("lines[2].line", "order.ack.line.repeated")));
        assertThatThrownBy(() -> tx(() -> orders().requestChange(order.id(), List.of(
                new org.channelport.orders.domain.LineChange(1, BigDecimal.valueOf(4), null)))))
                .as("the same quantity: nothing to ask").isInstanceOfSatisfying(InvalidOrder.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::messageKey).containsExactly("order.change.same"));
        em.clear();
        assertThat(em.find(PurchaseOrder.class, order.id()).status()).isEqualTo(OrderStatus.ACKNOWLEDGED);

        var asked = tx(() -> orders().requestChange(order.id(), List.of(
                new org.channelport.orders.domain.LineChange(1, BigDecimal.valueOf(6), TODAY.plusDays(10)))));
        assertThat(asked.status()).isEqualTo(OrderStatus.CHANGE_REQUESTED);
        assertThat(asked.lines().get(0).requestedQuantity()).contains(6);
        assertThat(asked.lines().get(0).deliverableQuantity()).as("until decided, as agreed").isEqualTo(4);
        as(distributor, "system");
        assertThat(queries().feed(0, 500)).extracting(PurchaseOrder::id).contains(order.id());
        assertThatThrownBy(() -> tx(() -> fulfilment().ship(order.id(), new ShipmentRequest("CS-" + T, "DHL",
                List.of(), TODAY, 1, List.of(new ShipmentRequest.Quantity(1, 4)))))).as("decide first")
                .isInstanceOf(OrderMismatch.class);
        as(null, "erp");
        refused(() -> tx(() -> orders().decideChange(order.id(), true)), DomainException.Kind.FORBIDDEN);
        as(distributor, "admin");
        var accepted = tx(() -> orders().decideChange(order.id(), true));
        assertThat(accepted.status()).isEqualTo(OrderStatus.ACKNOWLEDGED);
        assertThat(accepted.lines().get(0).deliverableQuantity()).isEqualTo(6);
        assertThat(accepted.lines().get(0).agreedDate()).contains(TODAY.plusDays(10));
        assertThat(accepted.total()).isEqualByComparingTo("60");

        tx(() -> fulfilment().ship(order.id(), new ShipmentRequest("CS-" + T, "DHL", List.of(), TODAY, 1,
                List.of(new ShipmentRequest.Quantity(1, 2)))));
        as(retailer, "admin");
        assertThat(tx(() -> orders().requestChange(order.id(), List.of(
                new org.channelport.orders.domain.LineChange(1, BigDecimal.valueOf(5), TODAY.plusDays(10)))))
                .lines().get(0).requestedChangeDate()).as("a date as agreed is no change").isEmpty();
        as(distributor, "admin");
        assertThatThrownBy(() -> tx(() -> fulfilment().invoice(order.id(), new InvoiceRequest("CI-" + T, TODAY,
                TODAY, "EUR", List.of(new InvoiceRequest.Line(1, 2, BigDecimal.TEN)), BigDecimal.ZERO, null))))
                .as("nothing is invoiced while a request waits").isInstanceOfSatisfying(OrderMismatch.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::messageKey)
                                .containsExactly("order.invoice.requested"));
        var refusedChange = tx(() -> orders().decideChange(order.id(), false));
        assertThat(refusedChange.status()).isEqualTo(OrderStatus.PARTLY_SHIPPED);
        assertThat(refusedChange.lines().get(0).requestedQuantity()).as("a refusal clears the request").isEmpty();
        assertThat(refusedChange.lines().get(0).deliverableQuantity()).isEqualTo(6);
        as(retailer, "admin");
        assertThatThrownBy(() -> tx(() -> orders().requestChange(order.id(), List.of(
                new org.channelport.orders.domain.LineChange(1, BigDecimal.ONE, null)))))
                .isInstanceOfSatisfying(InvalidOrder.class, e -> assertThat(e.problems()).extracting(FieldProblem::messageKey)
                        .containsExactly("order.change.belowShipped"));
        tx(() -> orders().requestChange(order.id(), List.of(
                new org.channelport.orders.domain.LineChange(1, BigDecimal.valueOf(2), null))));
        refused(() -> tx(() -> orders().requestChange(order.id(), List.of(
                new org.channelport.orders.domain.LineChange(1, BigDecimal.valueOf(3), null)))),
                DomainException.Kind.CONFLICT);
        as(distributor, "admin");
        assertThat(tx(() -> orders().decideChange(order.id(), true)).status()).as("2 of 2 shipped")
                .isEqualTo(OrderStatus.SHIPPED);
        tx(() -> fulfilment().invoice(order.id(), new InvoiceRequest("CI-" + T, TODAY, TODAY, "EUR",
                List.of(new InvoiceRequest.Line(1, 2, BigDecimal.TEN)), BigDecimal.ZERO, null)));
        as(retailer, "admin");
        refused(() -> tx(() -> orders().requestChange(order.id(), List.of(
                new org.channelport.orders.domain.LineChange(1, BigDecimal.valueOf(4), null)))),
                DomainException.Kind.CONFLICT);   // invoiced: too late to ask
    }

    /** Rules O20 and O22: a routed order's events go to the reseller's and the distributor's endpoints, not the brand's. */
    @Test
    void aRoutedOrdersEventsGoToItsDistributorNotToTheBrandOwner() {
        var webhooks = org.channelport.platform.webhooks.TestWebhooks.webhooks(em, user, CLOCK);
        var all = new OrderEvents().eventTypes();
        var endpoints = tx(() -> List.of(webhooks.seed(retailer.id(), "http://127.0.0.1:9/shop", all, null, "demo"),
                webhooks.seed(distributor.id(), "http://127.0.0.1:9/dist", all, null, "demo"),
                webhooks.seed(null, "http://127.0.0.1:9/erp", all, null, "demo"),
                webhooks.seed(otherDistributor.id(), "http://127.0.0.1:9/other", all, null, "demo")));
        var draft = tx(() -> orders().place(request("E-1-", OrderRoute.DISTRIBUTOR, 1), OrderChannel.API, false))
                .order();
        tx(() -> orders().submit(draft.id()));
        assertThat(events(endpoints.get(0).id(), draft.id())).containsExactlyInAnyOrder("order.drafted", "order.submitted");
        assertThat(events(endpoints.get(1).id(), draft.id())).as("the draft was the reseller's business")
                .containsExactly("order.submitted");
        assertThat(events(endpoints.get(2).id(), draft.id())).as("the brand owner reads sell-through, is not told")
                .isEmpty();
        assertThat(events(endpoints.get(3).id(), draft.id())).isEmpty();
        tx(() -> {
            endpoints.forEach(e -> em.remove(em.find(org.channelport.platform.webhooks.WebhookSubscription.class, e.id())));
            return null;
        });
    }

    private List<String> events(UUID endpoint, UUID orderId) {
        return em.createQuery("select d from WebhookDelivery d where d.subscriptionId = :s",
                        org.channelport.platform.webhooks.WebhookDelivery.class).setParameter("s", endpoint)
                .getResultList().stream().filter(d -> d.payload().contains(orderId.toString()))
                .map(org.channelport.platform.webhooks.WebhookDelivery::eventType).toList();
    }

    private long count() {
        return em.createQuery("select count(o) from PurchaseOrder o", Long.class).getSingleResult();
    }

    /** Rule O26: only the supplier closes an answered order, and only once nothing is open between the two. */
    @Test
    void theSupplierClosesAnAnsweredOrderOnceEverythingShippedIsInvoicedAndPaid() {
        as(retailer, "admin");
        var order = place("CL-1-", OrderRoute.DISTRIBUTOR);
        as(distributor, "system");
        refused(() -> tx(() -> orders().close(order.id())), DomainException.Kind.CONFLICT);   // not answered yet
        tx(() -> orders().acknowledge(order.id(), acceptAll()));
        tx(() -> fulfilment().ship(order.id(), new ShipmentRequest("CLS-" + T, "DHL", List.of(), TODAY, 1,
                List.of(new ShipmentRequest.Quantity(1, 3)))));   // 3 of 4: the last one will not come
        as(retailer, "admin");
        refused(() -> tx(() -> orders().close(order.id())), DomainException.Kind.FORBIDDEN);
        as(null, "erp");
        refused(() -> tx(() -> orders().close(order.id())), DomainException.Kind.FORBIDDEN);
        as(otherDistributor, "system");
        refused(() -> tx(() -> orders().close(order.id())), DomainException.Kind.NOT_FOUND);

        as(distributor, "system");
        refused(() -> tx(() -> orders().close(order.id())), DomainException.Kind.UNPROCESSABLE);   // not invoiced
        tx(() -> fulfilment().invoice(order.id(), new InvoiceRequest("CLI-" + T, TODAY, TODAY.plusDays(30), "EUR",
                List.of(new InvoiceRequest.Line(1, 3, new BigDecimal("10"))), BigDecimal.ZERO, new BigDecimal("30.00"))));
        refused(() -> tx(() -> orders().close(order.id())), DomainException.Kind.UNPROCESSABLE);   // not paid
        tx(() -> fulfilment().pay(new PaymentRequest("CLP-" + T, TODAY, List.of(new PaymentRequest.Allocation("CLI-" + T,
                new BigDecimal("30.00"))))));
        assertThat(tx(() -> orders().close(order.id())).status()).isEqualTo(OrderStatus.CLOSED);
        refused(() -> tx(() -> orders().close(order.id())), DomainException.Kind.CONFLICT);   // closed already
        refused(() -> tx(() -> fulfilment().ship(order.id(), new ShipmentRequest("CLS2-" + T, "DHL", List.of(), TODAY,
                1, List.of(new ShipmentRequest.Quantity(1, 1))))), DomainException.Kind.UNPROCESSABLE);   // as any
        // order that is not open for shipping (O16)
        assertThat(em.createQuery("select count(a) from AuditEntry a where a.subjectId = :id and a.action = "
                + "'orderClosed'", Long.class).setParameter("id", order.id().toString()).getSingleResult()).isEqualTo(1);
    }
}
