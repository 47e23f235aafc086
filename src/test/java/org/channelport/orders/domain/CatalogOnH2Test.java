package org.channelport.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.platform.persistence.H2Databases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalog's mappings and constraints on the migrated schema (V10): products with their visibility lists, price
 * lists with their breaks and contract prices are kept and read back as defined; a SKU or GTIN is one product's.
 */
class CatalogOnH2Test {
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static EntityManagerFactory factory;

    @BeforeAll
    static void schema() {
        factory = H2Databases.migrated("jdbc:h2:mem:catalog;DB_CLOSE_DELAY=-1");
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @Test
    void aProductAndItsPricesAreKeptAsDefined() {
        var em = factory.createEntityManager();
        var in = UUID.randomUUID();
        var out = UUID.randomUUID();
        var id = UUID.randomUUID();
        var base = ProductTest.definition("KEEP-1");
        var definition = ProductTest.with(new ProductDefinition(base.sku(), "10012345678902", base.names(),
                base.descriptions(), base.productLine(), base.unit(), base.orderMultiple(), base.minimumQuantity(),
                null, null, null, null, null, null), Set.of(PartnerType.DISTRIBUTOR, PartnerType.AGENT),
                PartnerTier.SILVER, Set.of(in), Set.of(out));
        var list = new PriceList(UUID.randomUUID(), "SILVER-EUR-" + UUID.randomUUID(), "Silver EUR", "EUR", PartnerTier.SILVER, LocalDate.parse("2026-12-01"),
                null, List.of(new PriceBreak("KEEP-1", 1, new BigDecimal("10.50")),
                new PriceBreak("KEEP-1", 100, new BigDecimal("9.7500"))), NOW);
        var contract = new ContractPrice(UUID.randomUUID(), in, "KEEP-1", "EUR", 12, new BigDecimal("8.25"),
                LocalDate.parse("2026-12-01"), LocalDate.parse("2027-11-30"), NOW);
        H2Databases.inTransaction(em, () -> {
            em.persist(Product.define(id, definition, NOW));
            em.persist(list);
            em.persist(contract);
            return null;
        });

        var product = em.find(Product.class, id);
        assertThat(product.sku()).isEqualTo("KEEP-1");
        assertThat(product.partnerTypes()).containsExactlyInAnyOrder(PartnerType.DISTRIBUTOR, PartnerType.AGENT);
        assertThat(product.visibleTo(in, PartnerType.RETAILER, PartnerTier.REGISTERED)).as("included, read back").isTrue();
        assertThat(product.visibleTo(out, PartnerType.DISTRIBUTOR, PartnerTier.PLATINUM)).as("excluded, read back").isFalse();
        assertThat(product.name("zh-TW")).isEqualTo("邊緣交換器 24");

        var prices = List.of(em.find(PriceList.class, list.id()));
        var contracts = List.of(em.find(ContractPrice.class, contract.id()));
        assertThat(PriceResolution.resolve("KEEP-1", in, PartnerTier.SILVER, "EUR", new BigDecimal("12"),
                LocalDate.parse("2026-12-05"), contracts, prices)).get()
                .satisfies(p -> assertThat(p.unitPrice()).isEqualByComparingTo("8.25"));
        assertThat(PriceResolution.resolve("KEEP-1", out, PartnerTier.SILVER, "EUR", new BigDecimal("150"),
                LocalDate.parse("2026-12-05"), contracts, prices)).get()
                .satisfies(p -> assertThat(p.unitPrice()).as("four decimals kept").isEqualByComparingTo("9.75"));
        em.close();
    }

    @Test
    void aSkuOrAGtinBelongsToOneProduct() {
        var em = factory.createEntityManager();
        H2Databases.inTransaction(em, () -> {
            em.persist(Product.define(UUID.randomUUID(), ProductTest.definition("ONE-1"), NOW));
            return null;
        });
        var sameSku = new ProductDefinition("one-1", null, Map.of("en", "again"), null, "STORAGE", "EA", 1, 1,
                null, null, null, null, null, null);
        assertThatThrownBy(() -> H2Databases.inTransaction(em, () -> {
            em.persist(Product.define(UUID.randomUUID(), sameSku, NOW));
            em.flush();
            return null;
        })).as("the same SKU in other case").isInstanceOf(jakarta.persistence.PersistenceException.class);
        var sameGtin = new ProductDefinition("ONE-2", "04006381333931", Map.of("en", "again"), null, "STORAGE", "EA",
                1, 1, null, null, null, null, null, null);
        assertThatThrownBy(() -> H2Databases.inTransaction(em, () -> {
            em.persist(Product.define(UUID.randomUUID(), sameGtin, NOW));
            em.flush();
            return null;
        })).as("the GTIN-13 of ONE-1 as a GTIN-14").isInstanceOf(jakarta.persistence.PersistenceException.class);
        em.close();
    }
}
