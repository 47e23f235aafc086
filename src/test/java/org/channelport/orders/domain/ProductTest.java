package org.channelport.orders.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.channelport.partners.domain.PartnerTier;
import org.channelport.partners.domain.PartnerType;
import org.channelport.shared.FieldProblem;
import org.junit.jupiter.api.Test;

/** Rules O1 (what a product is), O3 (who sees it) and O5 (what can be ordered of it). */
class ProductTest {
    static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    static ProductDefinition definition(String sku) {
        return new ProductDefinition(sku, "4006381333931", Map.of("en", "Edge switch 24", "zh-TW", "邊緣交換器 24"),
                Map.of("en", "24 ports"), "networking", "ea", 6, 12, null, null, Set.of(), null, Set.of(), Set.of());
    }

    static ProductDefinition with(ProductDefinition d, Set<PartnerType> types, PartnerTier lowest, Set<UUID> in,
                                  Set<UUID> out) {
        return new ProductDefinition(d.sku(), d.gtin(), d.names(), d.descriptions(), d.productLine(), d.unit(),
                d.orderMultiple(), d.minimumQuantity(), d.status(), d.successorSku(), types, lowest, in, out);
    }

    @Test
    void aValidDefinitionIsKeptNormalized() {
        var product = Product.define(UUID.randomUUID(), definition(" sw-24 "), NOW);
        assertThat(product.sku()).isEqualTo("SW-24");
        assertThat(product.unit()).isEqualTo(UnitOfMeasure.EA);
        assertThat(product.status()).isEqualTo(ProductStatus.ACTIVE);
        assertThat(product.name("zh-TW")).isEqualTo("邊緣交換器 24");
        assertThat(product.name("zh-CN")).as("no Simplified name: English").isEqualTo("Edge switch 24");
        assertThat(product.gtin()).get().extracting(Gtin::key).isEqualTo("04006381333931");
    }

    @Test
    void aProductReadBackAsADefinitionIsTheSameProductAgain() {
        var in = UUID.randomUUID();
        var original = with(definition("SW-24"), Set.of(PartnerType.AGENT), PartnerTier.SILVER, Set.of(in), Set.of());
        var product = Product.define(UUID.randomUUID(), original, NOW);
        var read = product.definition();
        assertThat(read.names()).containsOnlyKeys("en", "zh-TW").containsEntry("zh-TW", "邊緣交換器 24");
        assertThat(read.included()).containsExactly(in);
        assertThat(product.sameAs(read)).as("the console's form sends back what it read: nothing changes").isTrue();
    }

    @Test
    void everyProblemOfADefinitionIsReportedAtItsField() {
        var bad = new ProductDefinition("-bad sku", "4006381333932", Map.of("fr", "Commutateur"), null, "toasters",
                "XX", 0, 5, "SOLD", "OTHER", null, null, Set.of(UUID.fromString("00000000-0000-0000-0000-000000000001")),
                Set.of(UUID.fromString("00000000-0000-0000-0000-000000000001")));
        assertThat(Product.problems(bad)).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                "sku", "gtin", "names.en", "names.fr", "productLine", "unit", "orderMultiple", "status",
                "successorSku", "excluded");
        assertThatThrownBy(() -> Product.define(UUID.randomUUID(), bad, NOW)).isInstanceOf(InvalidProduct.class);

        var notMultiple = new ProductDefinition("SW-1", null, Map.of("en", "x"), null, "NETWORKING", "CS", 6, 10,
                null, null, null, null, null, null);
        assertThat(Product.problems(notMultiple)).extracting(FieldProblem::messageKey)
                .containsExactly("product.minimumQuantity.notMultiple");
        var selfSucceeded = new ProductDefinition("SW-1", null, Map.of("en", "x"), null, "NETWORKING", "CS", 1, 1,
                "DISCONTINUED", "sw-1", null, null, null, null);
        assertThat(Product.problems(selfSucceeded)).extracting(FieldProblem::messageKey)
                .containsExactly("product.successor.itself");
    }

    @Test
    void theSkuNeverChanges() {
        var product = Product.define(UUID.randomUUID(), definition("SW-24"), NOW);
        assertThatThrownBy(() -> product.redefine(definition("SW-25"), NOW)).isInstanceOf(InvalidProduct.class);
        assertThat(product.sku()).isEqualTo("SW-24");
    }

    @Test
    void visibilityFollowsTypeTierAndTheNamedPartners() {
        var gold = UUID.randomUUID();
        var silver = UUID.randomUUID();
        var excludedGold = UUID.randomUUID();
        var includedAgent = UUID.randomUUID();
        var product = Product.define(UUID.randomUUID(), with(definition("SW-24"), Set.of(PartnerType.DISTRIBUTOR),
                PartnerTier.GOLD, Set.of(includedAgent), Set.of(excludedGold)), NOW);

        assertThat(product.visibleTo(gold, PartnerType.DISTRIBUTOR, PartnerTier.GOLD)).isTrue();
        assertThat(product.visibleTo(gold, PartnerType.DISTRIBUTOR, PartnerTier.PLATINUM)).isTrue();
        assertThat(product.visibleTo(silver, PartnerType.DISTRIBUTOR, PartnerTier.SILVER)).as("below the tier").isFalse();
        assertThat(product.visibleTo(gold, PartnerType.RETAILER, PartnerTier.PLATINUM)).as("another type").isFalse();
        assertThat(product.visibleTo(excludedGold, PartnerType.DISTRIBUTOR, PartnerTier.PLATINUM)).as("excluded").isFalse();
        assertThat(product.visibleTo(includedAgent, PartnerType.AGENT, PartnerTier.REGISTERED)).as("included").isTrue();

        var open = Product.define(UUID.randomUUID(), definition("SW-48"), NOW);
        assertThat(open.visibleTo(silver, PartnerType.RETAILER, PartnerTier.REGISTERED)).as("no limits").isTrue();
    }

    @Test
    void aLineMeetsTheMinimumAndTheMultipleOfAnActiveProduct() {
        var product = Product.define(UUID.randomUUID(), definition("SW-24"), NOW);   // multiple 6, minimum 12
        assertThat(product.orderProblems(new BigDecimal("18"), "lines[0].sku", "lines[0].quantity")).isEmpty();
        assertThat(product.orderProblems(new BigDecimal("18.00"), "s", "q")).as("18.00 is 18").isEmpty();
        assertThat(product.orderProblems(new BigDecimal("6"), "s", "q")).extracting(FieldProblem::messageKey)
                .containsExactly("order.line.quantity.belowMinimum");
        assertThat(product.orderProblems(new BigDecimal("20"), "s", "lines[3].quantity"))
                .extracting(FieldProblem::field, FieldProblem::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("lines[3].quantity", "order.line.quantity.notMultiple"));
        assertThat(product.orderProblems(new BigDecimal("12.5"), "s", "q")).extracting(FieldProblem::messageKey)
                .containsExactly("order.line.quantity.invalid");
        assertThat(product.orderProblems(BigDecimal.ZERO, "s", "q")).hasSize(1);

        var discontinued = new ProductDefinition("SW-24", null, Map.of("en", "old"), null, "NETWORKING", "EA", 1, 1,
                "DISCONTINUED", "SW-24X", null, null, null, null);
        product.redefine(discontinued, NOW);
        assertThat(product.orderProblems(BigDecimal.ONE, "lines[0].sku", "q")).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("lines[0].sku");
            assertThat(p.messageKey()).isEqualTo("order.line.discontinuedSucceeded");
            assertThat(p.message()).as("names the successor").contains("SW-24X");
        });
    }
}
