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
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.channelport.identity.CurrentUser;
import org.channelport.orders.domain.AckAction;
import org.channelport.orders.domain.InvalidOrder;
import org.channelport.orders.domain.LineAcknowledgment;
import org.channelport.orders.domain.LineStatus;
import org.channelport.orders.domain.LineRequest;
import org.channelport.orders.domain.OrderChannel;
import org.channelport.orders.domain.OrderRequest;
import org.channelport.orders.domain.OrderStatus;
import org.channelport.orders.domain.PriceBreak;
import org.channelport.orders.domain.PriceList;
import org.channelport.orders.domain.Product;
import org.channelport.orders.domain.ProductDefinition;
import org.channelport.orders.domain.PurchaseOrder;
import org.channelport.orders.infrastructure.JpaPurchaseOrderRepository;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.partners.domain.Partner;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.partners.domain.Profiles;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.platform.persistence.H2Databases;
import org.channelport.shared.DomainException;
import org.channelport.shared.FieldProblem;
import org.channelport.shared.IllegalTransition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rules O9–O14 through the service on the real schema: refused orders save nothing, a PO number is one order (a retry
 * returns it, other content is a conflict), approval amounts, another partner's order does not exist, the ERP answers
 * lines and reads the feed in the order changes were made.
 */
class OrderServiceOnH2Test {
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-05");
    private static final String T = UUID.randomUUID().toString().substring(0, 5).toUpperCase();
    private static EntityManagerFactory factory;
    private static Partner buyer;
    private static Partner other;

    private EntityManager em;
    private UUID caller;
    private String role = "user";

    @BeforeAll
    static void catalog() {
        factory = H2Databases.migrated("jdbc:h2:mem:order-service;DB_CLOSE_DELAY=-1");
        var em = factory.createEntityManager();
        var clock = Clock.fixed(NOW, ZoneOffset.UTC);
        buyer = Partner.create(UUID.randomUUID(), Profiles.valid("Buyer " + T, PartnerType.DISTRIBUTOR),
                PartnerTier.GOLD, clock);
        other = Partner.create(UUID.randomUUID(), Profiles.valid("Other " + T, PartnerType.DISTRIBUTOR),
                PartnerTier.GOLD, clock);
        var products = List.of(product("SW", "EA", 1, null, Set.of()),
                product("CAB", "PK", 10, null, Set.of()),
                product("OLD", "EA", 1, sku("SW"), Set.of()),
                product("HIDDEN", "EA", 1, null, Set.of(buyer.id())));
        var list = new PriceList(UUID.randomUUID(), "GOLD-" + T, "Gold EUR " + T, "EUR", PartnerTier.GOLD,
                TODAY.minusDays(30), null, products.stream().map(p -> new PriceBreak(p.sku(), 1, new BigDecimal("25")))
                .toList(), NOW);
        H2Databases.inTransaction(em, () -> {
            em.persist(buyer);
            em.persist(other);
            products.forEach(em::persist);
            em.persist(list);
            em.persist(new org.channelport.orders.domain.ContractPrice(UUID.randomUUID(), buyer.id(), sku("SW"), "EUR",
                    10, new BigDecimal("19.50"), TODAY.minusDays(1), null, NOW));
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
        caller = buyer.id();
        role = "user";
    }

    @AfterEach
    void closeEntityManager() {
        em.close();
    }

    private static String sku(String name) {
        return name + "-" + T;
    }

    private static Product product(String name, String unit, int multiple, String successor, Set<UUID> excluded) {
        return Product.define(UUID.randomUUID(), new ProductDefinition(sku(name), null, Map.of("en", "Product " + name),
                null, "NETWORKING", unit, multiple, multiple, successor == null ? null : "DISCONTINUED", successor,
                null, null, null, excluded), NOW);
    }

    private OrderService service() {
        var user = new CurrentUser() {
            @Override public Optional<UUID> partnerId() { return role.equals("erp") ? Optional.empty() : Optional.of(caller); }
            @Override public boolean isPartnerAdmin() { return role.equals("admin"); }
            @Override public boolean isErp() { return role.equals("erp"); }
            @Override public boolean seesAllPartners() { return role.equals("erp"); }
            @Override public boolean hasRole(String r) { return false; }
            @Override public String name() { return role; }
        };
        var roster = new PartnerRoster();
        H2Databases.inject(roster, "em", em);
        var catalog = new CatalogQueries();
        catalog.em = em;
        catalog.user = user;
        catalog.roster = roster;
        catalog.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        var repository = new JpaPurchaseOrderRepository();
        H2Databases.inject(repository, "em", em);
        var audit = new AuditTrail();
        H2Databases.inject(audit, "em", em);
        H2Databases.inject(audit, "clock", Clock.fixed(NOW, ZoneOffset.UTC));
        H2Databases.inject(audit, "security", H2Databases.callerNamed(user::name));
        var service = new OrderService();
        service.orders = repository;
        service.catalog = catalog;
        service.roster = roster;
        service.user = user;
        service.audit = audit;
        service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        service.notifications = TestOrderServices.notifications(em, user, Clock.fixed(NOW, ZoneOffset.UTC));
        service.events = TestOrderServices.events(em, user, Clock.fixed(NOW, ZoneOffset.UTC));
        service.addresses = TestOrderServices.addresses(em, user, Clock.fixed(NOW, ZoneOffset.UTC));
        service.access = TestOrderServices.access(em, user);
        return service;
    }




    private <T> T tx(Supplier<T> work) {
        return H2Databases.inTransaction(em, work);
    }

    private static LineRequest line(String name, int quantity) {
        return new LineRequest(sku(name), BigDecimal.valueOf(quantity), null, null, null);
    }

    private static OrderRequest request(String po, LineRequest... lines) {
        return new OrderRequest(po, "EUR", TODAY.plusDays(3), null, List.of(lines));
    }

    private long orders(UUID partner) {
        return em.createQuery("select count(o) from PurchaseOrder o where o.partnerId = :p", Long.class)
                .setParameter("p", partner).getSingleResult();
    }

    private long audited(UUID orderId, String action) {
        return em.createQuery("select count(a) from AuditEntry a where a.subjectId = :id and a.action = :action",
                Long.class).setParameter("id", orderId.toString()).setParameter("action", action).getSingleResult();
    }

    @Test
    void aRefusedOrderNamesEveryLineAndSavesNothing() {
        var before = orders(buyer.id());
        assertThatThrownBy(() -> tx(() -> service().place(request("BAD-" + T, line("SW", 1), line("HIDDEN", 1),
                line("NOWHERE", 1), line("OLD", 1), line("CAB", 15)), OrderChannel.API, true)))
                .isInstanceOfSatisfying(InvalidOrder.class, e -> {
                    assertThat(e.problems()).extracting(FieldProblem::field)
                            .containsExactly("lines[1].sku", "lines[2].sku", "lines[3].sku", "lines[4].quantity");
                    assertThat(e.problems().get(0).messageKey()).as("hidden answers like unknown")
                            .isEqualTo(e.problems().get(1).messageKey());
                    assertThat(e.problems().get(2).message()).contains(sku("SW"));
                });
        assertThat(orders(buyer.id())).isEqualTo(before);
    }

    /** Rule O21: an order ships to one of the partner's own ship-to addresses, named by id or GLN, or its default. */
    @Test
    void anOrderShipsToOneOfThePartnersOwnAddresses() {
        var body = "40" + T.chars().map(c -> c % 10).limit(5).collect(StringBuilder::new, StringBuilder::append,
                StringBuilder::append) + "00000";
        var gln = body + org.channelport.shared.Gs1.checkDigit(body);
        var mine = org.channelport.partners.domain.PartnerAddress.create(buyer.id(), new org.channelport.partners
                .domain.PartnerAddress.Request("SHIP_TO", "Dock " + T, "Buyer GmbH", "Hafenstr. 1", null, "20457",
                "Hamburg", null, "DE", gln, false), NOW);
        var theirs = org.channelport.partners.domain.PartnerAddress.create(other.id(), new org.channelport.partners
                .domain.PartnerAddress.Request("SHIP_TO", "Other " + T, "Other AG", "Weg 2", null, null, "Bern", null,
                "CH", null, false), NOW);
        tx(() -> {
            em.persist(mine);
            em.persist(theirs);
            return null;
        });
        var byGln = tx(() -> service().place(new OrderRequest("ST-1-" + T, "EUR", null, null,
                List.of(line("SW", 1)), gln), OrderChannel.API, true)).order();
        assertThat(byGln.shipToId()).contains(mine.id());
        assertThat(byGln.shipToGln()).contains(gln);
        assertThat(byGln.shipToText().orElseThrow()).contains("Hafenstr. 1", "20457 Hamburg", "DE");
        var byId = tx(() -> service().place(new OrderRequest("ST-2-" + T, "EUR", null, null,
                List.of(line("SW", 1)), mine.id().toString()), OrderChannel.PORTAL, false)).order();
        assertThat(byId.shipToId()).contains(mine.id());

        var before = orders(buyer.id());
        assertThatThrownBy(() -> tx(() -> service().place(new OrderRequest("ST-3-" + T, "EUR", null, null,
                List.of(line("SW", 1)), theirs.id().toString()), OrderChannel.API, true)))
                .isInstanceOfSatisfying(InvalidOrder.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("shipTo"));
        assertThat(orders(buyer.id())).as("another partner's address: refused, nothing saved").isEqualTo(before);
        assertThatThrownBy(() -> tx(() -> service().place(new OrderRequest("ST-4-" + T, "EUR", null, null,
                List.of(line("NOWHERE", 1)), "4000000000000"), OrderChannel.API, true)))
                .isInstanceOfSatisfying(InvalidOrder.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactly("shipTo", "lines[0].sku"));
    }

    /** Rule O20 with W1: events are outbox rows of the change's own transaction, for those who may see the order. */
    @Test
    void orderEventsAreQueuedWithTheChangeForThoseWhoMaySeeThem() {
        var webhooks = org.channelport.platform.webhooks.TestWebhooks.webhooks(em, new CurrentUser() {
            @Override public String name() { return "demo"; }
        }, Clock.fixed(NOW, ZoneOffset.UTC));
        var all = new OrderEvents().eventTypes();
        var endpoints = tx(() -> List.of(webhooks.seed(buyer.id(), "http://127.0.0.1:9/buyer", all, null, "demo"),
                webhooks.seed(other.id(), "http://127.0.0.1:9/other", all, null, "demo"),
                webhooks.seed(null, "http://127.0.0.1:9/erp", all, null, "demo"),
                webhooks.seed(buyer.id(), "http://127.0.0.1:9/paused", all, null, "demo")));
        tx(() -> em.createQuery("update WebhookSubscription s set s.enabled = false where s.id = :id")
                .setParameter("id", endpoints.get(3).id()).executeUpdate());
        var draft = tx(() -> service().place(request("EV-1-" + T, line("SW", 1)), OrderChannel.API, false)).order();
        var submitted = tx(() -> service().place(request("EV-2-" + T, line("SW", 1)), OrderChannel.API, true)).order();
        assertThatThrownBy(() -> tx(() -> {
            service().place(request("EV-3-" + T, line("SW", 1)), OrderChannel.API, true);
            throw new IllegalStateException("the transaction fails after the order was placed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(events(endpoints.get(0).id(), draft.id())).containsExactly("order.drafted");
        assertThat(events(endpoints.get(0).id(), submitted.id())).containsExactly("order.submitted");
        assertThat(events(endpoints.get(2).id(), draft.id())).as("a draft is the partner's business").isEmpty();
        assertThat(events(endpoints.get(2).id(), submitted.id())).containsExactly("order.submitted");
        assertThat(events(endpoints.get(1).id(), submitted.id())).as("another partner's endpoint").isEmpty();
        assertThat(events(endpoints.get(3).id(), submitted.id())).as("a paused endpoint").isEmpty();
        assertThat(em.createQuery("select count(d) from WebhookDelivery d where d.payload like :po", Long.class)
                .setParameter("po", "%EV-3-" + T + "%").getSingleResult()).as("its events roll back with the change").isZero();
        assertThat(em.createQuery("select count(o) from PurchaseOrder o where o.poNumber = :po", Long.class)
                .setParameter("po", "EV-3-" + T).getSingleResult()).isZero();
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

    @Test
    void aPoNumberIsOneOrderARetryReturnsItOtherContentIsAConflict() {
        var first = tx(() -> service().place(request("PO-1-" + T, line("SW", 4)), OrderChannel.API, true));
        assertThat(first.replayed()).isFalse();
        assertThat(first.order().status()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(first.order().total()).isEqualByComparingTo("100");
        var contract = tx(() -> service().place(request("PO-C-" + T, line("SW", 10)), OrderChannel.API, true)).order();
        assertThat(contract.lines().get(0).priceSource()).as("from 10: the buyer's contract price")
                .isEqualTo(org.channelport.orders.domain.PriceSource.CONTRACT);
        assertThat(contract.total()).isEqualByComparingTo("195");
        var again = tx(() -> service().place(request("PO-1-" + T, line("SW", 4)), OrderChannel.API, true));
        assertThat(again.replayed()).isTrue();
        assertThat(again.order().id()).isEqualTo(first.order().id());
        assertThatThrownBy(() -> tx(() -> service().place(request("PO-1-" + T, line("SW", 5)), OrderChannel.API, true)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(e.getMessage()).contains(first.order().id().toString());
                });
        assertThat(audited(first.order().id(), "orderSubmitted")).isEqualTo(1);

        caller = other.id();
        var theirs = tx(() -> service().place(request("PO-1-" + T, line("SW", 5)), OrderChannel.API, true));
        assertThat(theirs.order().id()).as("another partner's PO numbers are its own").isNotEqualTo(first.order().id());
    }

    @Test
    void anotherPartnersOrderDoesNotExistForIt() {
        var mine = tx(() -> service().place(request("PO-2-" + T, line("SW", 1)), OrderChannel.PORTAL, false)).order();
        caller = other.id();
        for (Runnable attempt : List.<Runnable>of(() -> tx(() -> service().submit(mine.id())),
                () -> tx(() -> service().cancel(mine.id())),
                () -> tx(() -> service().change(mine.id(), request("PO-2-" + T, line("SW", 2)))))) {
            assertThatThrownBy(attempt::run).isInstanceOfSatisfying(DomainException.class,
                    e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        }
        role = "admin";
        assertThatThrownBy(() -> tx(() -> service().approve(mine.id()))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        caller = buyer.id();
        role = "user";
        assertThatThrownBy(() -> tx(() -> service().acknowledge(mine.id(), List.of())))
                .as("only the ERP answers").isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        assertThat(tx(() -> service().submit(mine.id())).status()).isEqualTo(OrderStatus.SUBMITTED);
    }

    @Test
    void aboveTheApprovalAmountAnOrderWaitsForAPartnerAdmin() {
        caller = other.id();
        role = "user";
        assertThatThrownBy(() -> tx(() -> {
            service().setApprovalLimit("EUR", new BigDecimal("100"));
            return null;
        })).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        role = "admin";
        tx(() -> {
            service().setApprovalLimit("EUR", new BigDecimal("100"));
            return null;
        });
        role = "user";
        var small = tx(() -> service().place(request("AP-1-" + T, line("SW", 4)), OrderChannel.PORTAL, true)).order();
        assertThat(small.status()).as("100.00 is not above 100").isEqualTo(OrderStatus.SUBMITTED);
        var large = tx(() -> service().place(request("AP-2-" + T, line("SW", 5)), OrderChannel.PORTAL, true)).order();
        assertThat(large.status()).isEqualTo(OrderStatus.AWAITING_APPROVAL);
        assertThat(large.feedPosition()).as("not yet the ERP's").isEmpty();
        assertThatThrownBy(() -> tx(() -> service().place(new OrderRequest("AP-3-" + T, "USD", null, null,
                List.of(line("SW", 1))), OrderChannel.PORTAL, true)))
                .as("no USD prices here").isInstanceOfSatisfying(InvalidOrder.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("order.line.price.none"));
        role = "admin";
        var own = tx(() -> service().place(request("AP-4-" + T, line("SW", 40)), OrderChannel.PORTAL, true)).order();
        assertThat(own.status()).as("an admin's own order").isEqualTo(OrderStatus.SUBMITTED);
        assertThat(tx(() -> service().approve(large.id())).status()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(audited(large.id(), "orderApproved")).isEqualTo(1);
    }

    @Test
    void theErpReadsChangesInTheOrderTheyWereMadeAndAnswersLines() {
        var a = tx(() -> service().place(request("FD-1-" + T, line("SW", 1), line("CAB", 10)), OrderChannel.API, true))
                .order();
        var b = tx(() -> service().place(request("FD-2-" + T, line("SW", 2)), OrderChannel.API, true)).order();
        assertThat(b.feedPosition().orElseThrow()).isGreaterThan(a.feedPosition().orElseThrow());
        role = "erp";
        var erp = service();
        var answered = tx(() -> erp.acknowledge(a.id(), List.of(
                new LineAcknowledgment(1, AckAction.ACCEPT, null, null, null, null),
                new LineAcknowledgment(2, AckAction.REJECT, null, null, null, "NOT_AVAILABLE"))));
        assertThat(answered.status()).isEqualTo(OrderStatus.PARTLY_ACKNOWLEDGED);
        @SuppressWarnings("unchecked")
        var fired = ((RecordedEvents<org.channelport.orders.domain.OrderChanged>) erp.events.changed).fired;
        assertThat(fired).as("rule O28: the answer reaches other contexts (edi's 855) with the order as answered")
                .singleElement().satisfies(e -> {
                    assertThat(e.type()).isEqualTo(OrderEvents.ACKNOWLEDGED);
                    assertThat(e.order().id()).isEqualTo(a.id());
                    assertThat(e.order().lines().get(1).status()).isEqualTo(LineStatus.REJECTED);
                });
        role = "user";
        var requested = tx(() -> service().cancel(a.id()));
        assertThat(requested.status()).isEqualTo(OrderStatus.CANCEL_REQUESTED);
        assertThat(requested.feedPosition().orElseThrow()).as("moved: the ERP must read the request")
                .isGreaterThan(b.feedPosition().orElseThrow());
        assertThatThrownBy(() -> tx(() -> service().change(a.id(), request("FD-1-" + T, line("SW", 3)))))
                .isInstanceOf(IllegalTransition.class);
        role = "erp";
        assertThat(tx(() -> service().decideCancellation(a.id(), true)).status()).isEqualTo(OrderStatus.CANCELLED);
        var queries = new OrderQueries();
        queries.em = em;
        queries.user = service().user;
        queries.orders = service().orders;
        queries.access = service().access;
        var feed = queries.feed(a.feedPosition().orElseThrow() - 1, 500).stream().map(PurchaseOrder::id).toList();
        assertThat(feed).containsSubsequence(b.id(), a.id());
        assertThat(feed).doesNotHaveDuplicates();
    }

    @Test
    void aSubmittedOrderChangedIsPricedAgainAndReadAgainByTheErpAndOnlyAdminsDecideApprovals() {
        var order = tx(() -> service().place(request("CH-1-" + T, line("SW", 2)), OrderChannel.PORTAL, true)).order();
        long first = order.feedPosition().orElseThrow();
        var changed = tx(() -> service().change(order.id(), request("CH-1-" + T, line("SW", 10), line("CAB", 20))));
        assertThat(changed.status()).isEqualTo(OrderStatus.SUBMITTED);
        assertThat(changed.lines()).hasSize(2);
        assertThat(changed.total()).as("10 at the contract's 19.50 and 20 at the list's 25").isEqualByComparingTo("695");
        assertThat(changed.feedPosition().orElseThrow()).as("the ERP reads the change").isGreaterThan(first);
        assertThatThrownBy(() -> tx(() -> service().change(order.id(), request("OTHER-" + T, line("SW", 1)))))
                .as("the PO number stays").isInstanceOf(DomainException.class);

        caller = other.id();
        role = "admin";
        tx(() -> {
            service().setApprovalLimit("EUR", BigDecimal.ONE);
            return null;
        });
        role = "user";
        var waiting = tx(() -> service().place(request("CH-2-" + T, line("SW", 1)), OrderChannel.PORTAL, true)).order();
        assertThat(waiting.status()).isEqualTo(OrderStatus.AWAITING_APPROVAL);
        assertThatThrownBy(() -> tx(() -> service().approve(waiting.id()))).as("a buyer approving its own order")
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        role = "admin";
        var returned = tx(() -> service().returnToDraft(waiting.id(), "split it in two"));
        assertThat(returned.status()).isEqualTo(OrderStatus.DRAFT);
        assertThat(returned.feedPosition()).as("never the ERP's").isEmpty();
        assertThat(audited(waiting.id(), "orderReturned")).isEqualTo(1);
    }
}
