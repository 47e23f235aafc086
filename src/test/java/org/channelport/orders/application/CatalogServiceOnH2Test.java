package org.channelport.orders.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.channelport.identity.CurrentUser;
import org.channelport.orders.domain.InvalidProduct;
import org.channelport.orders.domain.Product;
import org.channelport.orders.domain.ProductDefinition;
import org.channelport.orders.infrastructure.JpaProductRepository;
import org.channelport.platform.audit.AuditTrail;
import org.channelport.platform.persistence.H2Databases;
import org.channelport.shared.DomainException;
import org.channelport.shared.FieldProblem;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rule O6 on the real repository and schema: batches applied item by item, idempotent, audited, ERP and managers only. */
class CatalogServiceOnH2Test {
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static EntityManagerFactory factory;
    private EntityManager em;
    private String role = "erp";
    private UUID partner;

    @BeforeAll
    static void schema() {
        factory = H2Databases.migrated("jdbc:h2:mem:catalog-service;DB_CLOSE_DELAY=-1");
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
        @Override public boolean isErp() { return role.equals("erp"); }
        @Override public boolean isChannelManager() { return role.equals("manager"); }
        @Override public Optional<UUID> partnerId() { return Optional.ofNullable(partner); }
        @Override public String name() { return role; }
    };

    private CatalogService service() {
        var repository = new JpaProductRepository();
        H2Databases.inject(repository, "em", em);
        var audit = new AuditTrail();
        H2Databases.inject(audit, "em", em);
        H2Databases.inject(audit, "clock", Clock.fixed(NOW, ZoneOffset.UTC));
        H2Databases.inject(audit, "security", H2Databases.callerNamed(user::name));
        var service = new CatalogService();
        service.products = repository;
        service.user = user;
        service.audit = audit;
        service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return service;
    }

    private CatalogUpsert upsert(ProductDefinition... items) {
        return H2Databases.inTransaction(em, () -> service().upsert(List.of(items)));
    }

    private static ProductDefinition product(String sku, String gtin, String name) {
        return new ProductDefinition(sku, gtin, Map.of("en", name), null, "STORAGE", "EA", 1, 1, null, null, null,
                null, null, null);
    }

    private long audited(String sku) {
        return em.createQuery("select count(a) from AuditEntry a where a.subjectType = 'Product' and a.detail = :sku",
                Long.class).setParameter("sku", sku).getSingleResult();
    }

    @Test
    void aBatchIsAppliedItemByItemAndTheSameBatchAgainChangesNothing() {
        var t = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var first = product("A-" + t, null, "Array");
        var bad = product("B-" + t, "4006381333932", "Bad GTIN");
        var third = product("C-" + t, null, "Cache");

        var result = upsert(first, bad, third);
        assertThat(result.created()).isEqualTo(2);
        assertThat(result.refused()).singleElement().satisfies(r -> {
            assertThat(r.index()).isEqualTo(1);
            assertThat(r.problems()).extracting(FieldProblem::field).containsExactly("items[1].gtin");
        });
        assertThat(audited("A-" + t)).isEqualTo(1);
        assertThat(audited("B-" + t)).as("nothing of the refused item").isZero();

        var again = upsert(product(" a-" + t.toLowerCase(), null, "Array"), third);
        assertThat(again.unchanged()).as("the same definitions, however spelled").isEqualTo(2);
        assertThat(again.created() + again.changed()).isZero();
        assertThat(audited("A-" + t)).as("a repeated upsert records nothing").isEqualTo(1);

        var renamed = upsert(product("A-" + t, null, "Array II"));
        assertThat(renamed.changed()).isEqualTo(1);
        assertThat(audited("A-" + t)).isEqualTo(2);
        var names = em.createQuery("select p from Product p where p.sku = :s", Product.class)
                .setParameter("s", "A-" + t).getSingleResult().name("en");
        assertThat(names).isEqualTo("Array II");
    }

    @Test
    void aGtinIsOneProductsAndASkuOnceACall() {
        var t = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        upsert(product("G-" + t, "10012345678902", "Owner"));
        var result = upsert(product("H-" + t, "10012345678902", "Taker"), product("K-" + t, null, "Once"),
                product("k-" + t, null, "Twice"));
        assertThat(result.created()).isEqualTo(1);
        assertThat(result.refused()).extracting(CatalogUpsert.Refused::index).containsExactly(0, 2);
        assertThat(result.refused().get(0).problems()).extracting(FieldProblem::messageKey)
                .containsExactly("product.gtin.taken");
        assertThat(result.refused().get(1).problems()).extracting(FieldProblem::field).containsExactly("items[2].sku");

        // the owner may move its GTIN to another product in one call: first released, then taken
        var moved = upsert(product("G-" + t, null, "Owner"), product("H-" + t, "10012345678902", "Taker"));
        assertThat(moved.refused()).isEmpty();
        assertThat(moved.changed() + moved.created()).isEqualTo(2);
    }

    @Test
    void onlyTheErpAndManagersMaintainItAndABatchHasALimit() {
        var t = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        role = "partner";
        partner = UUID.randomUUID();
        assertThatThrownBy(() -> upsert(product("P-" + t, null, "x"))).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        role = "manager";
        partner = null;
        assertThat(upsert(product("P-" + t, null, "x")).created()).isEqualTo(1);

        var tooMany = new ArrayList<ProductDefinition>(Collections.nCopies(CatalogService.MAX_ITEMS + 1,
                product("Q-" + t, null, "x")));
        assertThatThrownBy(() -> H2Databases.inTransaction(em, () -> service().upsert(tooMany)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("items"));
        assertThat(em.createQuery("select count(p) from Product p where p.sku = :s", Long.class)
                .setParameter("s", "Q-" + t).getSingleResult()).isZero();
    }

    /** Rule O6 for a person's form: no overwrite of a SKU taken, none over a later change, the ERP's lists kept. */
    @Test
    void aFormDefinesANewProductOnlyAndChangesOnlyWhatItRead() {
        var hidden = UUID.randomUUID();
        role = "erp";
        upsert(new ProductDefinition("FORM-1", null, Map.of("en", "Form one"), null, "STORAGE", "EA", 1, 1, null, null,
                null, null, Set.of(), Set.of(hidden)));
        role = "manager";
        var form = product("form-1", null, "Overwritten");
        assertThatThrownBy(() -> H2Databases.inTransaction(em, () -> service().define(form, null)))
                .as("New product under a SKU taken").isInstanceOfSatisfying(InvalidProduct.class,
                        e -> assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
                                .containsExactly(org.assertj.core.groups.Tuple.tuple("sku", "products.sku.exists")));
        assertThatThrownBy(() -> H2Databases.inTransaction(em, () -> service().define(form, NOW.minusSeconds(60))))
                .as("a form read before the last change").isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("products.changedMeanwhile"));
        em.clear();
        var kept = em.createQuery("select p from Product p where p.sku = 'FORM-1'", Product.class).getSingleResult();
        assertThat(kept.name("en")).isEqualTo("Form one");
        assertThatThrownBy(() -> H2Databases.inTransaction(em, () -> service().define(
                product("FORM-1", "123", ""), kept.updatedAt()))).isInstanceOfSatisfying(InvalidProduct.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field).contains("gtin", "names.en"));
        assertThat(H2Databases.inTransaction(em, () -> service().define(form, kept.updatedAt())).changed()).isEqualTo(1);
        em.clear();
        var changed = em.createQuery("select p from Product p where p.sku = 'FORM-1'", Product.class).getSingleResult();
        assertThat(changed.name("en")).isEqualTo("Overwritten");
        assertThat(changed.visibleTo(hidden, org.channelport.partners.domain.PartnerType.RETAILER,
                org.channelport.partners.domain.PartnerTier.GOLD)).as("the ERP's exclude list kept").isFalse();
        role = "partner";
        assertThatThrownBy(() -> H2Databases.inTransaction(em, () -> service().define(product("FORM-2", null, "x"),
                null))).isInstanceOf(DomainException.class);
        assertThat(em.createQuery("select count(p) from Product p where p.sku = 'FORM-2'", Long.class).getSingleResult())
                .isZero();
    }

    /** A file's batch (rule O6): a product keeps the ERP's lists, a new one starts without; the checked actor is audited. */
    @Test
    void aFilesBatchKeepsTheErpsListsAndRecordsWhoStartedIt() {
        var hidden = UUID.randomUUID();
        role = "erp";
        upsert(new ProductDefinition("FILE-1", null, Map.of("en", "File one"), null, "STORAGE", "EA", 1, 1, null, null,
                null, null, Set.of(), Set.of(hidden)));
        role = "manager";
        var service = service();
        var by = service.maintainer();
        role = "partner";   // the batch runs later, on a worker thread: the check was made when the import started
        var result = H2Databases.inTransaction(em, () -> service.upsert(by, List.of(
                product("FILE-1", null, "File one, renamed"),
                new ProductDefinition("FILE-2", null, Map.of("en", "File two"), null, "STORAGE", "EA", 1, 1, null, null,
                        null, null, Set.of(hidden), Set.of())), CatalogService.LISTS));
        assertThat(result.changed()).isEqualTo(1);
        assertThat(result.created()).isEqualTo(1);
        em.clear();
        var first = em.createQuery("select p from Product p where p.sku = 'FILE-1'", Product.class).getSingleResult();
        assertThat(first.definition().excluded()).as("the ERP's exclude list kept").containsExactly(hidden);
        var second = em.createQuery("select p from Product p where p.sku = 'FILE-2'", Product.class).getSingleResult();
        assertThat(second.definition().included()).as("a file names no partners").isEmpty();
        assertThat(em.createQuery("select a.actor from AuditEntry a where a.subjectType = 'Product' and a.subjectId in "
                + ":ids and a.action in ('changed', 'defined') and a.detail in ('FILE-1', 'FILE-2')",
                String.class).setParameter("ids", List.of(first.id().toString(), second.id().toString()))
                .getResultList()).as("the ERP defined FILE-1; the manager changed it and defined FILE-2")
                .containsExactlyInAnyOrder("erp", "manager", "manager");
    }

    /** Rule O25: a file without a column leaves that of an existing product as it is. */
    @Test
    void aFileWithoutAColumnKeepsWhatTheProductHas() {
        role = "erp";
        upsert(new ProductDefinition("KEEP-1", "4006381333931", Map.of("en", "Kept", "zh-TW", "保留"), Map.of("en", "d"),
                "STORAGE", "EA", 2, 4, "DISCONTINUED", "KEEP-2", java.util.EnumSet.of(
                org.channelport.partners.domain.PartnerType.DISTRIBUTOR),
                org.channelport.partners.domain.PartnerTier.GOLD, Set.of(), Set.of()));
        role = "manager";
        var service = service();
        var kept = java.util.EnumSet.allOf(CatalogService.Kept.class);   // only sku, name_en, product_line, unit
        var result = H2Databases.inTransaction(em, () -> service.upsert(service.maintainer(), List.of(
                new ProductDefinition("KEEP-1", null, Map.of("en", "Kept, renamed"), Map.of(), "STORAGE", "EA", 1, 1,
                        null, null, Set.of(), null, Set.of(), Set.of())), kept));
        assertThat(result.changed()).isEqualTo(1);
        em.clear();
        var d = em.createQuery("select p from Product p where p.sku = 'KEEP-1'", Product.class).getSingleResult()
                .definition();
        assertThat(d.names()).containsEntry("en", "Kept, renamed").containsEntry("zh-TW", "保留");
        assertThat(d.status()).as("still discontinued").isEqualTo("DISCONTINUED");
        assertThat(d.successorSku()).isEqualTo("KEEP-2");
        assertThat(d.partnerTypes()).as("still for distributors only")
                .containsExactly(org.channelport.partners.domain.PartnerType.DISTRIBUTOR);
        assertThat(d.lowestTier()).isEqualTo(org.channelport.partners.domain.PartnerTier.GOLD);
        assertThat(d.gtin()).isEqualTo("4006381333931");
        assertThat(d.orderMultiple()).isEqualTo(2);
        assertThat(d.minimumQuantity()).isEqualTo(4);
        assertThat(d.descriptions()).containsEntry("en", "d");
    }
}
