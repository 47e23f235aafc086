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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.orders.domain.ContractPrice;
import org.channelport.orders.domain.PriceBreak;
import org.channelport.orders.domain.PriceList;
import org.channelport.orders.domain.PriceSource;
import org.channelport.orders.domain.Product;
import org.channelport.orders.domain.ProductDefinition;
import org.channelport.partners.application.PartnerRoster;
import org.channelport.partners.domain.Partner;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.partners.domain.Profiles;
import org.channelport.platform.persistence.H2Databases;
import org.channelport.shared.DomainException;
import org.channelport.shared.ProductLine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Rules O3 and O4 in the read side, on the real schema: a partner's catalog holds exactly the products the domain says
 * it may see, each at its own price; another partner's contract never shows; an invisible SKU answers like an unknown
 * one; a partner reads only its own catalog.
 */
class CatalogQueriesOnH2Test {
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.parse("2026-12-05");
    private static EntityManagerFactory factory;
    private static final String T = UUID.randomUUID().toString().substring(0, 5).toUpperCase();
    private static final List<Product> products = new ArrayList<>();
    private static Partner goldDistributor;
    private static Partner registeredRetailer;
    private static Partner silverAgent;

    private UUID caller;

    @BeforeAll
    static void catalog() {
        factory = H2Databases.migrated("jdbc:h2:mem:catalog-queries;DB_CLOSE_DELAY=-1");
        var em = factory.createEntityManager();
        var clock = Clock.fixed(NOW, ZoneOffset.UTC);
        goldDistributor = Partner.create(UUID.randomUUID(), Profiles.valid("Gold " + T, PartnerType.DISTRIBUTOR),
                PartnerTier.GOLD, clock);
        registeredRetailer = Partner.create(UUID.randomUUID(), Profiles.valid("Shop " + T, PartnerType.RETAILER),
                PartnerTier.REGISTERED, clock);
        silverAgent = Partner.create(UUID.randomUUID(), Profiles.valid("Agent " + T, PartnerType.AGENT),
                PartnerTier.SILVER, clock);
        products.add(product("OPEN", Set.of(), null, Set.of(), Set.of()));
        products.add(product("DIST", Set.of(PartnerType.DISTRIBUTOR), null, Set.of(), Set.of()));
        products.add(product("GOLD", Set.of(), PartnerTier.GOLD, Set.of(), Set.of()));
        products.add(product("AGENTONLY", Set.of(PartnerType.DISTRIBUTOR), PartnerTier.PLATINUM,
                Set.of(silverAgent.id()), Set.of()));
        products.add(product("NOTSHOP", Set.of(), null, Set.of(), Set.of(registeredRetailer.id())));
        var list = new PriceList(UUID.randomUUID(), "BASE-EUR-" + T, "Base EUR " + T, "EUR", PartnerTier.REGISTERED, TODAY.minusDays(10),
                null, products.stream().map(p -> new PriceBreak(p.sku(), 1, new BigDecimal("100"))).toList(), NOW);
        var goldList = new PriceList(UUID.randomUUID(), "GOLD-EUR-" + T, "Gold EUR " + T, "EUR", PartnerTier.GOLD, TODAY.minusDays(10),
                null, List.of(new PriceBreak(sku("OPEN"), 1, new BigDecimal("90"))), NOW);
        var contract = new ContractPrice(UUID.randomUUID(), goldDistributor.id(), sku("DIST"), "EUR", 1,
                new BigDecimal("70"), TODAY, null, NOW);
        H2Databases.inTransaction(em, () -> {
            em.persist(goldDistributor);
            em.persist(registeredRetailer);
            em.persist(silverAgent);
            products.forEach(em::persist);
            em.persist(list);
            em.persist(goldList);
            em.persist(contract);
            return null;
        });
        em.close();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static String sku(String name) {
        return name + "-" + T;
    }

    private static Product product(String name, Set<PartnerType> types, PartnerTier lowest, Set<UUID> in, Set<UUID> out) {
        return Product.define(UUID.randomUUID(), new ProductDefinition(sku(name), null, Map.of("en", "Product " + name,
                "zh-CN", "产品 " + name), null, "NETWORKING", "EA", 1, 1, null, null, types, lowest, in, out), NOW);
    }

    private CatalogQueries queries(EntityManager em) {
        var user = new CurrentUser() {
            @Override public Optional<UUID> partnerId() { return Optional.ofNullable(caller); }
            @Override public boolean seesAllPartners() { return caller == null; }
        };
        var roster = new PartnerRoster();
        H2Databases.inject(roster, "em", em);
        var q = new CatalogQueries();
        q.em = em;
        q.user = user;
        q.roster = roster;
        q.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return q;
    }

    @Test
    void eachPartnersCatalogIsExactlyWhatItMaySeeAtItsOwnPrices() {
        var em = factory.createEntityManager();
        for (var partner : List.of(goldDistributor, registeredRetailer, silverAgent)) {
            caller = partner.id();
            var rows = queries(em).page(partner.id(), new CatalogQueries.Filter(T, null), "EUR", "zh-CN", 0, 50);
            var expected = products.stream().filter(p -> p.visibleTo(partner.id(), partner.type(), partner.tier()))
                    .map(Product::sku).sorted().toList();
            assertThat(rows).extracting(CatalogRow::sku).as("%s's catalog", partner.name()).isEqualTo(expected);
            assertThat(queries(em).count(partner.id(), new CatalogQueries.Filter(T, null))).isEqualTo(expected.size());
        }
        caller = goldDistributor.id();
        var gold = queries(em).page(goldDistributor.id(), new CatalogQueries.Filter(T, ProductLine.NETWORKING), "EUR",
                "zh-CN", 0, 50);
        assertThat(gold).filteredOn(r -> r.sku().equals(sku("OPEN"))).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("产品 OPEN");
            assertThat(r.price().unitPrice()).as("its tier's list").isEqualByComparingTo("90");
        });
        assertThat(gold).filteredOn(r -> r.sku().equals(sku("DIST"))).singleElement().satisfies(r -> {
            assertThat(r.price().source()).isEqualTo(PriceSource.CONTRACT);
            assertThat(r.price().unitPrice()).isEqualByComparingTo("70");
        });
        assertThat(gold).filteredOn(r -> r.sku().equals(sku("GOLD"))).singleElement()
                .satisfies(r -> assertThat(r.price().sourceName()).as("the base list below its tier").startsWith("Base"));

        caller = silverAgent.id();
        assertThat(queries(em).page(silverAgent.id(), new CatalogQueries.Filter(sku("DIST"), null), "EUR", "en", 0, 50))
                .as("not a distributor").isEmpty();
        assertThat(queries(em).price(silverAgent.id(), sku("OPEN"), BigDecimal.ONE, "EUR", TODAY)).get()
                .satisfies(p -> assertThat(p.unitPrice()).as("not Gold's list, nor Gold's contract").isEqualByComparingTo("100"));
        em.close();
    }

    /**
     * Counts are kept between requests (one CatalogQueries, as the container has one), but a new product, or one that
     * changes, is counted at once for every partner whose count was kept.
     */
    @Test
    void aKeptCountFollowsEveryChangeOfTheCatalog() {
        var em = factory.createEntityManager();
        var queries = queries(em);
        var filter = new CatalogQueries.Filter(T, null);
        caller = silverAgent.id();
        long agent = queries.count(silverAgent.id(), filter);
        caller = registeredRetailer.id();
        long retailer = queries.count(registeredRetailer.id(), filter);
        var later = Product.define(UUID.randomUUID(), new ProductDefinition(sku("LATER"), null, Map.of("en", "Later"),
                null, "NETWORKING", "EA", 1, 1, null, null, Set.of(), null, Set.of(), Set.of()), NOW.plusSeconds(60));
        var hidden = Product.define(UUID.randomUUID(), new ProductDefinition(sku("HIDDEN2"), null, Map.of("en", "Hidden"),
                null, "NETWORKING", "EA", 1, 1, null, null, Set.of(), null, Set.of(), Set.of(silverAgent.id())),
                NOW.plusSeconds(120));
        try {
            H2Databases.inTransaction(em, () -> {
                em.persist(later);
                return null;
            });
            caller = silverAgent.id();
            assertThat(queries.count(silverAgent.id(), filter)).as("a new product, agent").isEqualTo(agent + 1);
            caller = registeredRetailer.id();
            assertThat(queries.count(registeredRetailer.id(), filter)).as("a new product, retailer").isEqualTo(retailer + 1);
            H2Databases.inTransaction(em, () -> {
                em.persist(hidden);
                return null;
            });
            assertThat(queries.count(registeredRetailer.id(), filter)).as("the retailer sees it").isEqualTo(retailer + 2);
            caller = silverAgent.id();
            assertThat(queries.count(silverAgent.id(), filter)).as("excluded from the agent").isEqualTo(agent + 1);
        } finally {
            H2Databases.inTransaction(em, () -> {
                for (var p : List.of(later, hidden)) {
                    var found = em.find(Product.class, p.id());
                    if (found != null) {
                        em.remove(found);
                    }
                }
                return null;
            });
            em.close();
        }
    }

    @Test
    void anInvisibleSkuAnswersLikeAnUnknownOneAndAPartnerReadsOnlyItsOwnCatalog() {
        var em = factory.createEntityManager();
        caller = registeredRetailer.id();
        assertThat(queries(em).visible(registeredRetailer.id(), sku("NOTSHOP"))).as("excluded").isEmpty();
        assertThat(queries(em).visible(registeredRetailer.id(), sku("NOSUCH"))).as("unknown").isEmpty();
        assertThat(queries(em).price(registeredRetailer.id(), sku("GOLD"), BigDecimal.ONE, "EUR", TODAY))
                .as("the price of a product it may not see").isEmpty();
        assertThat(queries(em).visible(registeredRetailer.id(), sku("open").toLowerCase())).as("SKU in any case").isPresent();
        assertThatThrownBy(() -> queries(em).page(goldDistributor.id(), null, "EUR", "en", 0, 50))
                .as("another partner's catalog").isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));

        caller = null;   // the ERP or a manager reads what a partner sees
        assertThat(queries(em).visible(goldDistributor.id(), sku("GOLD"))).isPresent();
        em.close();
    }
}
