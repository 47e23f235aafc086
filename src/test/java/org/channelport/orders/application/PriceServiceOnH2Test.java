package org.channelport.orders.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.orders.domain.PriceList;
import org.channelport.orders.domain.Product;
import org.channelport.orders.domain.ProductDefinition;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.platform.persistence.H2Databases;
import org.channelport.shared.FieldProblem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Rule O8 on the real schema: a list is replaced whole, the same list again records nothing, every problem at its field. */
class PriceServiceOnH2Test {
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static EntityManagerFactory factory;

    @BeforeAll
    static void schema() {
        factory = H2Databases.migrated("jdbc:h2:mem:prices;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private PriceService service(EntityManager em) {
        return service(em, new CurrentUser() {
            @Override public boolean isErp() { return true; }
            @Override public Optional<UUID> partnerId() { return Optional.empty(); }
            @Override public String name() { return "erp"; }
        });
    }

    private PriceService service(EntityManager em, CurrentUser user) {
        var audit = new AuditTrail();
        H2Databases.inject(audit, "em", em);
        H2Databases.inject(audit, "clock", Clock.fixed(NOW, ZoneOffset.UTC));
        H2Databases.inject(audit, "security", H2Databases.callerNamed(user::name));
        var roster = new PartnerRoster();
        H2Databases.inject(roster, "em", em);
        var products = new org.channelport.orders.infrastructure.JpaProductRepository();
        H2Databases.inject(products, "em", em);
        var lists = new org.channelport.orders.infrastructure.JpaPriceListRepository();
        H2Databases.inject(lists, "em", em);
        var contracts = new org.channelport.orders.infrastructure.JpaContractPriceRepository();
        H2Databases.inject(contracts, "em", em);
        var s = new PriceService();
        s.products = products;
        s.priceLists = lists;
        s.contracts = contracts;
        var catalog = new CatalogService();
        catalog.products = products;
        catalog.user = user;
        catalog.audit = audit;
        catalog.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        s.catalog = catalog;
        s.roster = roster;
        s.audit = audit;
        s.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return s;
    }

    private static PriceListDefinition list(String code, String currency, String from, String to,
                                            PriceListDefinition.Price... prices) {
        return new PriceListDefinition(code, "List " + code, currency, "GOLD", from, to, List.of(prices));
    }

    @Test
    void aListIsReplacedWholeAndTheSameListAgainRecordsNothing() {
        var em = factory.createEntityManager();
        var t = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        H2Databases.inTransaction(em, () -> {
            em.persist(Product.define(UUID.randomUUID(), new ProductDefinition("P-" + t, null, Map.of("en", "p"), null,
                    "CLOUD", "EA", 1, 1, null, null, null, null, null, null), NOW));
            return null;
        });
        var first = list("L-" + t, "EUR", "2026-12-01", null, new PriceListDefinition.Price("p-" + t, 1, new BigDecimal("10")),
                new PriceListDefinition.Price("P-" + t, 10, new BigDecimal("9")));
        var created = H2Databases.inTransaction(em, () -> service(em).upsertLists(List.of(first)));
        assertThat(created.created()).isEqualTo(1);
        var again = H2Databases.inTransaction(em, () -> service(em).upsertLists(List.of(first)));
        assertThat(again.unchanged()).isEqualTo(1);

        var shorter = list("L-" + t, "EUR", "2026-12-01", "2027-06-30",
                new PriceListDefinition.Price("P-" + t, 1, new BigDecimal("10.00")));
        assertThat(H2Databases.inTransaction(em, () -> service(em).upsertLists(List.of(shorter))).changed()).isEqualTo(1);
        var kept = em.createQuery("select l from PriceList l where l.code = :c", PriceList.class)
                .setParameter("c", "L-" + t).getSingleResult();
        assertThat(kept.prices()).as("the prices replaced whole").hasSize(1);
        assertThat(em.createQuery("select count(a) from AuditEntry a where a.subjectType = 'PriceList' and a.detail = :c",
                Long.class).setParameter("c", "L-" + t).getSingleResult()).as("defined and changed, not the repeat")
                .isEqualTo(2);

        var bad = list("L 2", "EURO", "2026-12-31", "2026-12-01", new PriceListDefinition.Price("NOPE", 0, new BigDecimal("-1")),
                new PriceListDefinition.Price("P-" + t, 1, new BigDecimal("1.23456")),
                new PriceListDefinition.Price("P-" + t, 1, new BigDecimal("2")));
        var refused = H2Databases.inTransaction(em, () -> service(em).upsertLists(List.of(bad)));
        assertThat(refused.refused()).singleElement().satisfies(r -> assertThat(r.problems())
                .extracting(FieldProblem::field).containsExactlyInAnyOrder("items[0].code", "items[0].currency",
                        "items[0].validTo", "items[0].prices[0].sku", "items[0].prices[1].unitPrice",
                        "items[0].prices[2].minQuantity"));
        em.close();
    }

    @Test
    void aContractPriceIsFoundByItsKeyAndAnUnknownPartnerOrSkuIsRefused() {
        var em = factory.createEntityManager();
        var t = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var partner = org.channelport.partners.domain.Partner.create(UUID.randomUUID(),
                org.channelport.partners.domain.Profiles.valid("Contract " + t,
                        org.channelport.partners.domain.PartnerType.DISTRIBUTOR),
                org.channelport.partners.domain.PartnerTier.GOLD, Clock.fixed(NOW, ZoneOffset.UTC));
        H2Databases.inTransaction(em, () -> {
            em.persist(partner);
            em.persist(Product.define(UUID.randomUUID(), new ProductDefinition("C-" + t, null, Map.of("en", "c"), null,
                    "CLOUD", "EA", 1, 1, null, null, null, null, null, null), NOW));
            return null;
        });
        var price = new ContractPriceDefinition(partner.id().toString(), "c-" + t, "EUR", 10, new BigDecimal("8"),
                "2026-12-01", null);
        var first = H2Databases.inTransaction(em, () -> service(em).upsertContracts(List.of(price,
                new ContractPriceDefinition(UUID.randomUUID().toString(), "C-" + t, "EUR", 1, BigDecimal.ONE, "2026-12-01", null),
                new ContractPriceDefinition("not-an-id", "NOPE-" + t, "EUR", 1, BigDecimal.ONE, "2026-12-01", null))));
        assertThat(first.created()).isEqualTo(1);
        assertThat(first.refused()).extracting(CatalogUpsert.Refused::index).containsExactly(1, 2);
        assertThat(first.refused().get(0).problems()).extracting(FieldProblem::field).containsExactly("items[1].partnerId");
        assertThat(first.refused().get(1).problems()).extracting(FieldProblem::field)
                .containsExactly("items[2].partnerId", "items[2].sku");

        var cheaper = new ContractPriceDefinition(partner.id().toString(), "C-" + t, "EUR", 10, new BigDecimal("7.5"),
                "2026-12-01", null);
        var again = H2Databases.inTransaction(em, () -> service(em).upsertContracts(List.of(price, cheaper)));
        assertThat(again.unchanged()).as("the same price again").isEqualTo(1);
        assertThat(again.changed()).as("the same key with a new price, in the same call").isEqualTo(1);
        assertThat(em.createQuery("select c.unitPrice from ContractPrice c where c.sku = :s", BigDecimal.class)
                .setParameter("s", "C-" + t).getResultList()).singleElement()
                .satisfies(p -> assertThat(p).isEqualByComparingTo("7.5"));
        em.close();
    }

    @Test
    void aPersonSetsOnePriceOfAListTheOthersStayAndRemovesOne() {
        var em = factory.createEntityManager();
        var t = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        H2Databases.inTransaction(em, () -> {
            em.persist(Product.define(UUID.randomUUID(), new ProductDefinition("S-" + t, null, Map.of("en", "s"), null,
                    "CLOUD", "EA", 1, 1, null, null, null, null, null, null), NOW));
            return null;
        });
        H2Databases.inTransaction(em, () -> service(em).upsertLists(List.of(list("SL-" + t, "EUR", "2026-12-01", null,
                new PriceListDefinition.Price("S-" + t, 1, new BigDecimal("10")),
                new PriceListDefinition.Price("S-" + t, 10, new BigDecimal("9"))))));
        var s = service(em);
        var by = s.catalog.maintainer();
        var set = H2Databases.inTransaction(em, () -> s.setListPrices(by, List.of(
                new ListPriceDefinition("SL-" + t, "s-" + t, 10, new BigDecimal("8.5")),     // changes the break of 10
                new ListPriceDefinition("SL-" + t, "S-" + t, 50, new BigDecimal("8")),       // adds a break
                new ListPriceDefinition("SL-" + t, "S-" + t, 1, new BigDecimal("10.00")),    // the same price
                new ListPriceDefinition("NO-SUCH-" + t, "S-" + t, 1, BigDecimal.ONE),
                new ListPriceDefinition("SL-" + t, "NOPE-" + t, 0, new BigDecimal("-1")),
                new ListPriceDefinition("SL-" + t, "S-" + t, 50, new BigDecimal("7")))));     // the same break twice
        assertThat(set.changed()).isEqualTo(1);
        assertThat(set.created()).isEqualTo(1);
        assertThat(set.unchanged()).isEqualTo(1);
        assertThat(set.refused()).extracting(CatalogUpsert.Refused::index).containsExactly(3, 4, 5);
        assertThat(set.refused().get(0).problems()).extracting(FieldProblem::field).containsExactly("items[3].priceList");
        assertThat(set.refused().get(1).problems()).extracting(FieldProblem::field)
                .containsExactly("items[4].sku", "items[4].minQuantity", "items[4].unitPrice");
        assertThat(set.refused().get(2).problems()).extracting(FieldProblem::field).containsExactly("items[5].minQuantity");
        assertThat(prices(em, "SL-" + t)).containsExactly("S-" + t + "@1=10", "S-" + t + "@10=8.5", "S-" + t + "@50=8");
        assertThat(em.createQuery("select a.detail from AuditEntry a where a.subjectType = 'PriceList' and a.detail like :d",
                String.class).setParameter("d", "SL-" + t + ": %").getResultList())
                .as("one entry per price set, with what it was; none for the unchanged price")
                .containsExactlyInAnyOrder("SL-" + t + ": S-" + t + " from 10: 9 → 8.5", "SL-" + t + ": S-" + t + " from 50: 8");

        H2Databases.inTransaction(em, () -> {
            service(em).removeListPrice("SL-" + t, "s-" + t, 50);
            return null;
        });
        assertThat(prices(em, "SL-" + t)).containsExactly("S-" + t + "@1=10", "S-" + t + "@10=8.5");
        assertThatThrownBy(() -> H2Databases.inTransaction(em, () -> {
            service(em).removeListPrice("SL-" + t, "S-" + t, 50);
            return null;
        })).isInstanceOf(org.channelport.shared.DomainException.class)
                .satisfies(e -> assertThat(((org.channelport.shared.DomainException) e).kind())
                        .isEqualTo(org.channelport.shared.DomainException.Kind.NOT_FOUND));
        em.close();
    }

    @Test
    void aFormsContractPriceIsRefusedAtItsOwnFieldsAndCanBeRemoved() {
        var em = factory.createEntityManager();
        var t = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var partner = org.channelport.partners.domain.Partner.create(UUID.randomUUID(),
                org.channelport.partners.domain.Profiles.valid("Form " + t,
                        org.channelport.partners.domain.PartnerType.AGENT),
                org.channelport.partners.domain.PartnerTier.SILVER, Clock.fixed(NOW, ZoneOffset.UTC));
        H2Databases.inTransaction(em, () -> {
            em.persist(partner);
            em.persist(Product.define(UUID.randomUUID(), new ProductDefinition("F-" + t, null, Map.of("en", "f"), null,
                    "CLOUD", "EA", 1, 1, null, null, null, null, null, null), NOW));
            return null;
        });
        var refused = catchThrowableOfType(org.channelport.shared.InvalidInput.class, () -> H2Databases.inTransaction(em,
                () -> service(em).setContractPrice(new ContractPriceDefinition(null, "F-" + t, "EURO", 1,
                        new BigDecimal("1.23456"), "2027-01-31", "2027-01-01"))));
        assertThat(refused.problems()).extracting(FieldProblem::field)
                .containsExactly("partnerId", "currency", "unitPrice", "validTo");

        var saved = H2Databases.inTransaction(em, () -> service(em).setContractPrice(new ContractPriceDefinition(
                partner.id().toString(), "F-" + t, "usd", 5, new BigDecimal("19.99"), "2027-01-01", null)));
        assertThat(saved.created()).isEqualTo(1);
        var id = em.createQuery("select c.id from ContractPrice c where c.sku = :s", UUID.class)
                .setParameter("s", "F-" + t).getSingleResult();
        H2Databases.inTransaction(em, () -> {
            service(em).removeContractPrice(id);
            return null;
        });
        em.clear();
        assertThat(em.find(org.channelport.orders.domain.ContractPrice.class, id)).isNull();
        assertThat(em.createQuery("select a.actor from AuditEntry a where a.subjectType = 'ContractPrice' "
                + "and a.action = 'removed' and a.partnerId = :p", String.class).setParameter("p", partner.id())
                .getResultList()).as("who removed it").containsExactly("erp");
        em.close();
    }

    /** Rules O6, O8: a partner (admin or system) maintains no price, whichever way it calls. */
    @Test
    void aPartnerSetsAndRemovesNoPrice() {
        var em = factory.createEntityManager();
        var partner = new CurrentUser() {
            @Override public boolean isPartnerAdmin() { return true; }
            @Override public boolean isErp() { return false; }
            @Override public boolean isChannelManager() { return false; }
            @Override public Optional<UUID> partnerId() { return Optional.of(UUID.randomUUID()); }
            @Override public String name() { return "partner.admin"; }
        };
        var s = service(em, partner);
        for (Runnable call : List.<Runnable>of(
                () -> s.setListPrice(new ListPriceDefinition("ANY", "ANY", 1, BigDecimal.ONE)),
                () -> s.setContractPrice(new ContractPriceDefinition(UUID.randomUUID().toString(), "ANY", "EUR", 1,
                        BigDecimal.ONE, "2027-01-01", null)),
                () -> s.removeListPrice("ANY", "ANY", 1),
                () -> s.removeContractPrice(UUID.randomUUID()),
                () -> s.upsertLists(List.of(list("ANY", "EUR", "2027-01-01", null))))) {
            assertThatThrownBy(() -> H2Databases.inTransaction(em, () -> {
                call.run();
                return null;
            })).isInstanceOfSatisfying(org.channelport.shared.DomainException.class,
                    e -> assertThat(e.kind()).isEqualTo(org.channelport.shared.DomainException.Kind.FORBIDDEN));
        }
        em.close();
    }

    private static List<String> prices(EntityManager em, String code) {
        em.clear();
        return em.createQuery("select l from PriceList l where l.code = :c", PriceList.class).setParameter("c", code)
                .getSingleResult().prices().stream()
                .map(p -> p.sku() + "@" + p.minQuantity() + "=" + p.unitPrice().stripTrailingZeros().toPlainString())
                .sorted(java.util.Comparator.comparing((String k) -> Integer.parseInt(k.replaceAll(".*@(\\d+)=.*", "$1"))))
                .toList();
    }
}
